package dev.pulseboard.dashboard.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.pulseboard.account.UserSettings;
import dev.pulseboard.dashboard.settings.Settings;
import dev.pulseboard.dashboard.settings.SettingsView;

class UnitsTests {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void convertsTemperaturesDistancesAndMasses() {
        assertThat(TemperatureUnit.FAHRENHEIT.fromCelsius(37)).isCloseTo(98.6, within(1e-9));
        assertThat(TemperatureUnit.FAHRENHEIT.fromCelsius(-40)).isCloseTo(-40, within(1e-9));
        assertThat(TemperatureUnit.CELSIUS.fromCelsius(36.6)).isEqualTo(36.6);
        assertThat(DistanceUnit.MI.fromMetres(1609.344)).isCloseTo(1, within(1e-12));
        assertThat(DistanceUnit.KM.fromMetres(42195)).isCloseTo(42.195, within(1e-12));
        assertThat(WeightUnit.LB.fromKilograms(0.45359237)).isCloseTo(1, within(1e-9));
        assertThat(WeightUnit.ST.fromKilograms(6.35029318)).isCloseTo(1, within(1e-9));
    }

    @Test
    void writesFiguresInTheViewersUnitsAndLocale() {
        var imperial = new SettingsView(WeightUnit.LB, TemperatureUnit.FAHRENHEIT, DistanceUnit.MI, UTC, Locale.US,
                null, SettingsView.ZoneSource.SERVER, null);
        assertThat(imperial.temperature(37)).isEqualTo("98.6 \u00b0F");
        assertThat(imperial.distance(10_000)).isEqualTo("6.2 mi");
        assertThat(imperial.integer(12345)).isEqualTo("12,345");
        var german = new SettingsView(WeightUnit.KG, TemperatureUnit.CELSIUS, DistanceUnit.KM, UTC, Locale.GERMANY,
                null, SettingsView.ZoneSource.SERVER, null);
        assertThat(german.temperature(36.94)).isEqualTo("36,9 \u00b0C");
        assertThat(german.distance(12_345)).isEqualTo("12,3 km");
        assertThat(german.integer(12345)).isEqualTo("12.345");
        assertThat(german.day(LocalDate.of(2026, 3, 1))).isEqualTo("01.03.2026");
    }

    @Test
    void aUnitIsReadByItsNameInAnyCaseAndAnythingElseIsNone() {
        assertThat(DistanceUnit.parse(" mi ")).contains(DistanceUnit.MI);
        assertThat(WeightUnit.parse("st")).contains(WeightUnit.ST);
        assertThat(TemperatureUnit.parse("kelvin")).isEmpty();
        assertThat(WeightUnit.parse("POUNDS")).isEmpty();
        assertThat(WeightUnit.parse(null)).isEmpty();
    }

    @Test
    void pagesAboutAMemberUseTheirZoneUnlessTheViewerFixedOne() {
        var own = new Settings(null, null, "UTC").view(UserSettings.DEFAULTS, Locale.UK);
        assertThat(own.forMember(PARIS).zone()).isEqualTo(PARIS);
        assertThat(own.forMember(PARIS).zoneSource()).isEqualTo(SettingsView.ZoneSource.MEMBER);
        assertThat(own.forMember(null).zone()).isEqualTo(UTC);
        assertThat(own.forMember(null).zoneSource()).isEqualTo(SettingsView.ZoneSource.SERVER);
        var fixed = new Settings(null, null, "UTC").view(new UserSettings(UserSettings.Mass.ST,
                UserSettings.Temperature.FAHRENHEIT, UserSettings.Distance.MI, ZoneId.of("Asia/Tokyo")), Locale.UK);
        assertThat(fixed.forMember(PARIS).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(fixed.forMember(PARIS).zoneSource()).isEqualTo(SettingsView.ZoneSource.FIXED);
        assertThat(fixed.weightUnit()).isEqualTo(WeightUnit.ST);
        assertThat(fixed.forMember(PARIS).dateTime(Instant.parse("2026-01-01T00:00:00Z"))).contains("09:00");
    }
}
