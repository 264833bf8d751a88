package dev.pulseboard.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ZonesTests {

    @Test
    void aKnownNameIsItsZoneAndAnythingElseIsNone() {
        assertThat(Zones.named("Europe/Paris")).contains(ZoneId.of("Europe/Paris"));
        assertThat(Zones.named(" America/New_York\n")).contains(ZoneId.of("America/New_York"));
        assertThat(Zones.named("UTC")).contains(ZoneId.of("UTC"));
        assertThat(Zones.named("+02:00")).contains(ZoneOffset.ofHours(2));
        for (String none : new String[] { null, "", "   ", "Mars/Olympus", "Europe/", "../../etc/passwd" }) {
            assertThat(Zones.named(none)).as(String.valueOf(none)).isEmpty();
        }
    }
}
