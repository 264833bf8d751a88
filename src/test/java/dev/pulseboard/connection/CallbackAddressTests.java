package dev.pulseboard.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pulseboard.withings.WithingsProperties;

/** Where Withings sends the browser back, next to where a page was opened, and callbacks real Withings refuses. */
class CallbackAddressTests {

    @ParameterizedTest
    @CsvSource({
            // callback, Withings' account URL, refused by Withings
            "https://pulse.example.org/withings/callback, https://account.withings.com, false",
            "http://localhost:8080/withings/callback, https://account.withings.com, true",
            "https://192.168.1.20/withings/callback, https://account.withings.com, true",
            "https://[fd00::20]/withings/callback, https://account.withings.com, true",
            "http://health.localhost:8080/withings/callback, https://account.withings.com, true",
            // demo mode: the built-in emulator takes any callback
            "http://localhost:8080/withings/callback, http://localhost:8080/emulator/withings, false",
            "http://192.168.1.20:8080/withings/callback, http://192.168.1.20:8080/emulator/withings, false" })
    void saysWhichCallbacksRealWithingsRefuses(String callback, String account, boolean refused) {
        CallbackAddress address = new CallbackAddress(WithingsProperties.of("id", "secret", callback,
                URI.create(account), URI.create("https://wbsapi.withings.net")));

        assertThat(address.refusedByWithings()).isEqualTo(refused);
    }

    @ParameterizedTest
    @CsvSource({
            "localhost, ",
            "LOCALHOST, ",
            "192.168.1.20, http://localhost:8080",
            "pulse.example.org, http://localhost:8080" })
    void namesTheCallbacksOriginWhenThePageIsOpenAtAnotherHost(String pageHost, String elsewhere) {
        CallbackAddress address = new CallbackAddress(WithingsProperties.of("id", "secret",
                "http://localhost:8080/withings/callback", URI.create("http://localhost:8080/emulator/withings"),
                URI.create("http://localhost:8080/emulator/withings")));

        assertThat(address.elsewhereThan(pageHost)).isEqualTo(elsewhere);
    }
}
