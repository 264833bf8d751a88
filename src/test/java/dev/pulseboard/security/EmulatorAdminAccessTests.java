package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class EmulatorAdminAccessTests {

    @Test
    void letsOnlyThisMachineUseTheDemoEmulatorsAdminApi() {
        assertThat(decide("127.0.0.1")).isTrue();
        assertThat(decide("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(decide("192.168.1.20")).isFalse();
        assertThat(decide("203.0.113.7")).isFalse();
    }

    private static boolean decide(String remoteAddress) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/emulator/withings/_admin/deliveries");
        request.setRemoteAddr(remoteAddress);
        return SecurityConfiguration.fromThisMachine(() -> null, new RequestAuthorizationContext(request))
                .isGranted();
    }
}
