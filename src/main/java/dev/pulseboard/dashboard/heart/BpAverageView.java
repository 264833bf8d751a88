package dev.pulseboard.dashboard.heart;

/**
 * The mean of the morning or evening home readings of a range. ESH 2023 diagnoses hypertension from home
 * readings at a mean of 135/85 mmHg or more, a lower bound than the office categories.
 */
public record BpAverageView(String label, int count, double systolic, double diastolic) {

    public static final int HOME_SYSTOLIC_LIMIT = 135;
    public static final int HOME_DIASTOLIC_LIMIT = 85;

    public String value() {
        return Math.round(systolic) + "/" + Math.round(diastolic);
    }

    public boolean aboveHomeThreshold() {
        return count > 0 && (systolic >= HOME_SYSTOLIC_LIMIT || diastolic >= HOME_DIASTOLIC_LIMIT);
    }
}
