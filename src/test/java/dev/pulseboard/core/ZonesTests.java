package dev.pulseboard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
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

    /** A zone pasted with a zero-width space or a direction mark is the zone, not "“Europe/Paris” is not a time zone". */
    @Test
    void aTypedNameLosesTheCharactersNoZoneNameHas() {
        assertThat(ZoneId.of(Zones.typed("Europe/Paris\u200B"))).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(Zones.typed("\u200E Europe/Paris\u00A0\n")).isEqualTo("Europe/Paris");
        assertThat(Zones.typed("America/New_York")).isEqualTo("America/New_York");
        assertThat(Zones.typed("+05:30")).isEqualTo("+05:30");
    }

    /** "paris" is Europe/Paris, as the datalist beside the field suggests; an unknown or shared place is refused. */
    @Test
    void aPlaceOrAnIdInAnotherCaseIsItsZone() {
        assertThat(Zones.ofTyped("paris")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(Zones.ofTyped(" new york ")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(Zones.ofTyped("europe/LONDON")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(Zones.ofTyped("Europe/Paris\u200B")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThatThrownBy(() -> Zones.ofTyped("Atlantis")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Zones.ofTyped("Indianapolis")).as("two zones have that place")
                .isInstanceOf(DateTimeException.class);
    }
}
