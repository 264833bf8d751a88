package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/** The version of the build (Maven's project version, in the jar's build information) is on the pages. */
@PulseboardTest
class VersionIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    BuildProperties build;

    @Test
    void pagesShowTheVersionOfTheBuild() {
        Api api = new Api(port);
        Household.token(api);

        var login = api.get("/login", null);

        assertThat(build.getVersion()).isNotBlank().isNotEqualTo("development");
        assertThat(login.body()).contains("<span class=\"version\">" + build.getVersion() + "</span>");
    }
}
