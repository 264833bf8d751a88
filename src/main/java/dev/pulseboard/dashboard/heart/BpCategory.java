package dev.pulseboard.dashboard.heart;

/**
 * What one home blood-pressure reading says against the home threshold of the 2023 ESH Guidelines for the management
 * of arterial hypertension (Mancia et al., J Hypertens 2023;41:1874-2071): a home mean of 135 systolic or 85 diastolic
 * or more is hypertension, and a reading of 180/110 or more is at the level of the guideline's grade 3. The guideline's
 * grades (optimal to grade 3) are for office readings, which run higher than home ones, so a single home reading is
 * not graded by them: a home 138/86 is above the home threshold though "high-normal" at the office, and one reading
 * is no diagnosis either way (the home average of a protocol week is read against the threshold, as the doctor's report
 * reads it). A reading falls in the higher of the marks of its systolic and its diastolic value. The page names the
 * guideline next to every mark it shows.
 */
public enum BpCategory {
    BELOW("Below 135/85", 0, 0, "bp-below"),
    AT_OR_ABOVE("At or above 135/85", 135, 85, "bp-above"),
    VERY_HIGH("180/110 or more", 180, 110, "bp-very-high");

    public static final String GUIDELINE = "ESH 2023";

    private final String label;
    private final int systolicFrom;
    private final int diastolicFrom;
    private final String cssClass;

    BpCategory(String label, int systolicFrom, int diastolicFrom, String cssClass) {
        this.label = label;
        this.systolicFrom = systolicFrom;
        this.diastolicFrom = diastolicFrom;
        this.cssClass = cssClass;
    }

    /** Values are compared as measured: 134.6 mmHg is still below 135. */
    public static BpCategory of(double systolic, double diastolic) {
        BpCategory result = BELOW;
        for (BpCategory c : values()) {
            if (systolic >= c.systolicFrom || diastolic >= c.diastolicFrom) {
                result = c;
            }
        }
        return result;
    }

    public String label() {
        return label;
    }

    public int systolicFrom() {
        return systolicFrom;
    }

    public int diastolicFrom() {
        return diastolicFrom;
    }

    /** The systolic bound of the next mark, or 0 for the last one; for the bands of the chart legend. */
    public int systolicTo() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].systolicFrom : 0;
    }

    public int diastolicTo() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].diastolicFrom : 0;
    }

    public String cssClass() {
        return cssClass;
    }
}
