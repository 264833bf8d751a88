package dev.pulseboard.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackRulesTests {

    @Test
    void strictModeWantsHttpsOnAStandardPortAndARealDomain() {
        assertThat(CallbackRules.problem("https://app.example.com/hook", true)).isNull();
        assertThat(CallbackRules.problem("https://app.example.com:443/hook", true)).isNull();
        assertThat(CallbackRules.problem("http://app.example.com/hook", true)).contains("HTTPS");
        assertThat(CallbackRules.problem("https://app.example.com:8443/hook", true)).contains("port");
        assertThat(CallbackRules.problem("https://localhost/hook", true)).contains("localhost");
        assertThat(CallbackRules.problem("https://192.168.1.4/hook", true)).contains("IP");
        assertThat(CallbackRules.problem("https://app.example.com/" + "x".repeat(260), true)).contains("255");
    }

    @Test
    void lenientModeAcceptsLocalHttpCallbacks() {
        assertThat(CallbackRules.problem("http://localhost:8080/hook", false)).isNull();
        assertThat(CallbackRules.problem("ftp://example.com/x", false)).isNotNull();
        assertThat(CallbackRules.problem("not a url", false)).isNotNull();
    }
}
