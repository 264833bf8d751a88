package dev.pulseboard.dashboard.heart;

import java.time.Instant;

import dev.pulseboard.health.measure.AdultCategories;

/**
 * One blood-pressure reading (systolic and diastolic of the same measure group) with its category, its mark against
 * the ESH 2023 home threshold ({@link BpCategory}; null for a reading taken before the age the adult categories start
 * at, {@code AdultCategories}) and the time zone it was taken in (null when unknown).
 */
public record BloodPressureView(Instant time, double systolic, double diastolic, BpCategory category,
        String timeZone) {

    public String value() {
        return Math.round(systolic) + "/" + Math.round(diastolic);
    }

    /** The category's name, or that the reading has none, and why. */
    public String categoryLabel() {
        return category == null ? NO_CATEGORY : category.label();
    }

    /** The badge's colour class of the category, a neutral one without. */
    public String categoryCss() {
        return category == null ? "bp-none" : category.cssClass();
    }

    /** What a reading taken before the age the adult categories start at shows in their place. */
    public static final String NO_CATEGORY = "No adult category (under " + AdultCategories.BLOOD_PRESSURE_FROM + ")";
}
