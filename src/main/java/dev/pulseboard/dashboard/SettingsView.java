package dev.pulseboard.dashboard;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the viewer reads numbers: body-mass unit, time zone and locale; and the formatting that follows from them,
 * so that every number and time on a page is written the same way.
 */
public record SettingsView(WeightUnit weightUnit, ZoneId zone, Locale locale) {

    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A body mass in kilograms, written in the viewer's unit; stones as "12 st 3.4 lb", as people say them. */
    public String mass(double kg) {
        return massValue(kg) + " " + massUnit();
    }

    /** The figure of {@link #mass}, without its last unit: "72.4", or "12 st 3.4" for stones. */
    public String massValue(double kg) {
        if (weightUnit == WeightUnit.ST) {
            double pounds = WeightUnit.LB.fromKilograms(kg);
            int stones = (int) Math.floor(pounds / 14);
            return stones + " st " + number(pounds - stones * 14, 1);
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
        String sign = value > 0.05 ? "+" : value < -0.05 ? "\u2212" : "\u00b1";
        return sign + number(Math.abs(value), 1) + " " + unit.symbol();
    }

    public String dateTime(Instant time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(time);
    }

    public String date(Instant time) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(time);
    }

    public WeightUnit[] units() {
        return WeightUnit.values();
    }

    public String zoneId() {
        return zone.getId();
    }
}
