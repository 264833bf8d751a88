package dev.pulseboard.dashboard.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.pulseboard.dashboard.unit.DistanceUnit;
import dev.pulseboard.dashboard.unit.TemperatureUnit;
import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.measure.BpGuideline;

/**
 * How the viewer reads numbers: units (body mass, temperature, distance), the time zone of the page and the
 * locale; and the formatting that follows from them, so that every number and time on a page is written the same
 * way. {@code fixedZone} is the zone the user chose, or null for "each member's own zone"; {@code zoneSource} says
 * where {@code zone} came from; {@code guideline}: what home blood pressures are read against.
 */
public record SettingsView(WeightUnit weightUnit, TemperatureUnit temperatureUnit, DistanceUnit distanceUnit,
        ZoneId zone, Locale locale, ZoneId fixedZone, ZoneSource zoneSource, BpGuideline guideline) {

    public SettingsView {
        guideline = guideline == null ? BpGuideline.ESH_2023 : guideline;
    }

    /** Where the page's time zone comes from. */
    public enum ZoneSource {
        FIXED("the time zone you chose under Units"),
        MEMBER("this member's own time zone, from their Withings account or readings"),
        /** A user who is a member, on pages about no member (or about one whose zone is not known yet). */
        OWN("your own time zone, from your Withings account or readings"),
        SERVER("this server's time zone (the member's own is known after their first sync)"),
        /** A grant's last day, until the member's own zone is known: UTC, as in the API. */
        UTC_FOR_NOW("UTC, until this member's own time zone is known from their first sync");

        private final String description;

        ZoneSource(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Metric units in {@code zone}, as tests and the defaults need. */
    public SettingsView(WeightUnit weightUnit, ZoneId zone, Locale locale) {
        this(weightUnit, TemperatureUnit.CELSIUS, DistanceUnit.KM, zone, locale, null, ZoneSource.SERVER,
                BpGuideline.ESH_2023);
    }

    /**
     * The settings for pages about one member: the zone the user fixed, else the member's Withings zone, else
     * this view's zone (the server's).
     */
    public SettingsView forMember(ZoneId memberZone) {
        if (fixedZone != null) {
            return withZone(fixedZone, ZoneSource.FIXED);
        }
        return memberZone == null ? this : withZone(memberZone, ZoneSource.MEMBER);
    }

    /**
     * The settings for a member's grants: a last day is a day of the member's own zone, whatever zone the viewer
     * fixed under Units (else the same date would end at different times depending on who gave it); UTC until the
     * member's zone is known, as in the API.
     */
    public SettingsView forGrants(ZoneId memberZone) {
        return memberZone == null ? withZone(ZoneOffset.UTC, ZoneSource.UTC_FOR_NOW)
                : withZone(memberZone, ZoneSource.MEMBER);
    }

    /** These settings in the viewer's own zone (their member's), for pages about no member. */
    SettingsView asOwn(ZoneId own) {
        return withZone(own, ZoneSource.OWN);
    }

    private SettingsView withZone(ZoneId to, ZoneSource source) {
        return new SettingsView(weightUnit, temperatureUnit, distanceUnit, to, locale, fixedZone, source, guideline);
    }

    /** A temperature in degrees Celsius, in the viewer's unit: "36,9 °C", "98.4 °F". */
    public String temperature(double celsius) {
        return number(temperatureUnit.fromCelsius(celsius), 1) + " " + temperatureUnit.symbol();
    }

    /** A distance in metres, in the viewer's unit: "6.2 km", "3.9 mi". */
    public String distance(double metres) {
        return number(distanceUnit.fromMetres(metres), 1) + " " + distanceUnit.symbol();
    }

    /** A height in metres: "1.78 m", or "5 ft 10 in" for a viewer who weighs in pounds or stones. */
    public String height(double metres) {
        if (weightUnit == WeightUnit.KG) {
            return number(metres, 2) + " m";
        }
        long inches = Math.round(metres / 0.0254);
        return inches / 12 + " ft " + inches % 12 + " in";
    }

    public String integer(Number value) {
        return value == null ? "\u2013" : number(value.doubleValue(), 0);
    }

    /** A local date written for the viewer's locale: "3 Mar 2026", "Mar 3, 2026". */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A wall-clock time in the page's zone: "23:14", "11:14 PM". */
    public String time(Instant time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(time);
    }

    /** The same settings read in another zone (where something happened), its source unchanged. */
    public SettingsView inZone(ZoneId other) {
        return withZone(other, zoneSource);
    }

    public TemperatureUnit[] temperatureUnits() {
        return TemperatureUnit.values();
    }

    public DistanceUnit[] distanceUnits() {
        return DistanceUnit.values();
    }

    public BpGuideline[] guidelines() {
        return BpGuideline.values();
    }

    public String fixedZoneId() {
        return fixedZone == null ? "" : fixedZone.getId();
    }

    /**
     * A number in the viewer's language, halves up as people and the blood-pressure means round (72.25 kg is "72.3
     * kg"), taken at its shortest decimal form so that a double's binary tail cannot turn a half down.
     */
    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(value));
    }

    /** A body mass in kilograms, written in the viewer's unit; stones as "12 st 3.4 lb", as people say them. */
    public String mass(double kg) {
        return massValue(kg) + " " + massUnit();
    }

    /**
     * The figure of {@link #mass}, without its last unit: "72.4", or "12 st 3.4" for stones (rounded to a tenth of a
     * pound first, so that 181.97 lb is "13 st 0.0", not "12 st 14.0"; under a stone, pounds alone: "7.1").
     */
    public String massValue(double kg) {
        if (weightUnit == WeightUnit.ST) {
            BigDecimal pounds = BigDecimal.valueOf(WeightUnit.LB.fromKilograms(kg)).setScale(1, RoundingMode.HALF_UP);
            BigDecimal[] stonesAndPounds = pounds.divideAndRemainder(BigDecimal.valueOf(14));
            String rest = number(stonesAndPounds[1].doubleValue(), 1);
            return stonesAndPounds[0].signum() == 0 ? rest : stonesAndPounds[0].intValue() + " st " + rest;
        }
        return number(weightUnit.fromKilograms(kg), 1);
    }

    public String massUnit() {
        return weightUnit == WeightUnit.ST ? WeightUnit.LB.symbol() : weightUnit.symbol();
    }

    /** A change of body mass with its sign: "+0.8 kg", "−1.2 lb". */
    public String massChange(double kg) {
        WeightUnit unit = weightUnit == WeightUnit.ST ? WeightUnit.LB : weightUnit;
        double value = unit.fromKilograms(kg);
        // The sign of the figure as written: a change that rounds to 0.0 is neither up nor down.
        boolean none = BigDecimal.valueOf(Math.abs(value)).setScale(1, RoundingMode.HALF_UP).signum() == 0;
        String sign = none ? "\u00b1" : value > 0 ? "+" : "\u2212";
        return sign + number(Math.abs(value), 1) + " " + unit.symbol();
    }

    public String dateTime(Instant time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(time);
    }

    /** The date and time to the second, for a record of what happened when (the audit log). */
    public String moment(Instant time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(time);
    }

    /** The date and time with the zone's short name ("Nov 24, 2026, 12:41 AM CET"), where zones may differ. */
    public String dateTimeZoned(Instant time) {
        return dateTime(time) + " " + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(time);
    }

    public String date(Instant time) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(time);
    }

    public WeightUnit[] units() {
        return WeightUnit.values();
    }

    /** The zone's name; "UTC" for a zone that is always UTC ("Z", "Etc/UTC", "GMT"). */
    public String zoneId() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
