package dev.pulseboard.dashboard.heart;

import java.time.Instant;

import dev.pulseboard.core.Zones;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.BpGuideline;

/**
 * One blood-pressure reading (systolic and diastolic of the same measure group) with its category, its mark in the
 * viewer's guideline ({@link BpGuideline}), and the time zone it was taken in (null when unknown). {@code child}: taken
 * before the age the adult categories start at ({@code AdultCategories}); such a reading has no mark (null), but for
 * the guideline's highest, which is very high at any age.
 */
public record BloodPressureView(Instant time, double systolic, double diastolic, BpGuideline.Mark category,
        String timeZone, boolean child) {

    public String value() {
        return Math.round(systolic) + "/" + Math.round(diastolic);
    }

    /**
     * When it was taken, in the viewer's zone; with the time on the clock where it was taken when that is another
     * zone's ("Nov 15, 2026, 1:01 AM (7:01 AM in Europe/Paris)"), which is the clock its morning or evening is read on.
     */
    public String when(SettingsView settings) {
        String here = settings.dateTime(time);
        return Zones.named(timeZone)
                .filter(z -> !z.getRules().getOffset(time).equals(settings.zone().getRules().getOffset(time)))
                .map(z -> here + " (" + settings.inZone(z).time(time) + " in " + z.getId() + ")").orElse(here);
    }

    /** The category's name, or that the reading has none, and why; a child's very high reading says so. */
    public String categoryLabel() {
        return category == null ? NO_CATEGORY : child ? "Very high at any age (" + category.bounds() + ")"
                : category.label();
    }

    /** The badge's colour class of the category, a neutral one without. */
    public String categoryCss() {
        return category == null ? "bp-none" : category.cssClass();
    }

    /** What a reading taken before the age the adult categories start at shows in their place. */
    public static final String NO_CATEGORY = "No adult category (under " + AdultCategories.BLOOD_PRESSURE_FROM + ")";
}
