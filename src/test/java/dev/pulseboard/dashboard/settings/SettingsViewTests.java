package dev.pulseboard.dashboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import dev.pulseboard.dashboard.body.Bmi;
import dev.pulseboard.dashboard.unit.DistanceUnit;
import dev.pulseboard.dashboard.unit.TemperatureUnit;
import dev.pulseboard.dashboard.unit.WeightUnit;

class SettingsViewTests {

    static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void writesMassesInTheViewersUnitAndLocale() {
        assertThat(new SettingsView(WeightUnit.KG, UTC, Locale.GERMANY).mass(72.44)).isEqualTo("72,4 kg");
        assertThat(new SettingsView(WeightUnit.LB, UTC, Locale.US).mass(72.44)).isEqualTo("159.7 lb");
        assertThat(new SettingsView(WeightUnit.ST, UTC, Locale.UK).mass(72.44)).isEqualTo("11 st 5.7 lb");
    }

    @Test
    void aGrantsLastDayIsADayOfTheMembersZoneWhateverZoneTheViewerFixed() {
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
        ZoneId newYork = ZoneId.of("America/New_York");
        var fixed = new SettingsView(WeightUnit.KG, TemperatureUnit.CELSIUS, DistanceUnit.KM, honolulu, Locale.UK,
                honolulu, SettingsView.ZoneSource.FIXED, null);

        assertThat(fixed.forMember(newYork).zone()).as("the member's pages: the viewer's choice").isEqualTo(honolulu);
        assertThat(fixed.forGrants(newYork).zone()).isEqualTo(newYork);
        assertThat(fixed.forGrants(newYork).zoneSource()).isEqualTo(SettingsView.ZoneSource.MEMBER);
        assertThat(fixed.forGrants(null).zoneId()).as("not known yet: UTC, as in the API").isEqualTo("UTC");
        assertThat(new SettingsView(WeightUnit.KG, ZoneId.of("Etc/UTC"), Locale.UK).zoneId()).isEqualTo("UTC");
    }

    @Test
    void roundsStonesAsAWholeAndLeavesOutNoStones() {
        SettingsView stones = new SettingsView(WeightUnit.ST, UTC, Locale.UK);
        assertThat(stones.mass(82.5419)).as("181.97 lb").isEqualTo("13 st 0.0 lb");
        assertThat(stones.mass(82.56)).as("182.01 lb").isEqualTo("13 st 0.0 lb");
        assertThat(stones.mass(3.22)).as("a segment's 7.1 lb").isEqualTo("7.1 lb");
    }

    @Test
    void roundsHalvesUpAsTheBloodPressureMeansDo() {
        SettingsView kg = new SettingsView(WeightUnit.KG, UTC, Locale.UK);
        assertThat(kg.mass(72.25)).isEqualTo("72.3 kg");
        assertThat(kg.mass(72.35)).as("a half whose double is a hair below it").isEqualTo("72.4 kg");
        assertThat(kg.mass(72.24)).isEqualTo("72.2 kg");
        assertThat(kg.number(6.45, 1)).isEqualTo("6.5");
    }

    @Test
    void signsChangesAndWritesStonesChangesInPounds() {
        assertThat(new SettingsView(WeightUnit.KG, UTC, Locale.UK).massChange(-1.24)).isEqualTo("\u22121.2 kg");
        assertThat(new SettingsView(WeightUnit.ST, UTC, Locale.UK).massChange(1)).isEqualTo("+2.2 lb");
        assertThat(new SettingsView(WeightUnit.KG, UTC, Locale.UK).massChange(0.01)).isEqualTo("\u00b10.0 kg");
    }

    @Test
    void writesHeightsInMetresOrInFeetAndInchesForPoundsAndStones() {
        assertThat(new SettingsView(WeightUnit.KG, UTC, Locale.UK).height(1.78)).isEqualTo("1.78 m");
        assertThat(new SettingsView(WeightUnit.LB, UTC, Locale.US).height(1.78)).isEqualTo("5 ft 10 in");
        assertThat(new SettingsView(WeightUnit.ST, UTC, Locale.UK).height(1.83)).isEqualTo("6 ft 0 in");
        assertThat(Bmi.tile(81, 1.80, new SettingsView(WeightUnit.LB, UTC, Locale.US), true).detail()).endsWith("5 ft 11 in");
    }

    @Test
    void computesBmiFromKilogramsAndMetres() {
        assertThat(Bmi.of(81, 1.80)).isCloseTo(25.0, Offset.offset(0.01));
        assertThat(Bmi.category(24.99)).isEqualTo("healthy weight");
        assertThat(Bmi.category(25)).isEqualTo("overweight");
        assertThat(Bmi.category(18.4)).isEqualTo("underweight");
        assertThat(Bmi.category(30)).isEqualTo("obesity");
        // The tile's number and category agree: 24.99 is shown as 25.0, which is overweight.
        var tile = Bmi.tile(80.966, 1.80, new SettingsView(WeightUnit.KG, UTC, Locale.UK), true);
        assertThat(tile.value()).isEqualTo("25.0 kg/m\u00b2");
        assertThat(tile.detail()).startsWith("overweight");
    }

    @Test
    void aBmiBeforeNineteenGetsNoAdultCategory() {
        var tile = Bmi.tile(80.966, 1.80, new SettingsView(WeightUnit.KG, UTC, Locale.UK), false);
        assertThat(tile.value()).isEqualTo("25.0 kg/m\u00b2");
        assertThat(tile.detail()).isEqualTo("no adult category under 19 (WHO: BMI-for-age); height 1.80 m");
    }

    @Test
    void theZoneOfOffsetZeroIsNamedUtc() {
        assertThat(new SettingsView(WeightUnit.KG, ZoneOffset.UTC, Locale.UK).zoneId()).isEqualTo("UTC");
        assertThat(new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"), Locale.UK).zoneId())
                .isEqualTo("Europe/Paris");
    }
}
