package dev.pulseboard.dashboard.heart;

/**
 * Office blood-pressure categories of the 2023 ESH Guidelines for the management of arterial hypertension
 * (Mancia et al., J Hypertens 2023;41:1874-2071). A reading falls in the higher of the categories of its
 * systolic and its diastolic value. The page names the guideline next to every category it shows.
 */
public enum BpCategory {
    OPTIMAL("Optimal", 0, 0),
    NORMAL("Normal", 120, 80),
    HIGH_NORMAL("High-normal", 130, 85),
    GRADE_1("Grade 1 hypertension", 140, 90),
    GRADE_2("Grade 2 hypertension", 160, 100),
    GRADE_3("Grade 3 hypertension", 180, 110);

    public static final String GUIDELINE = "ESH 2023";

    private final String label;
    private final int systolicFrom;
    private final int diastolicFrom;

    BpCategory(String label, int systolicFrom, int diastolicFrom) {
        this.label = label;
        this.systolicFrom = systolicFrom;
        this.diastolicFrom = diastolicFrom;
    }

    /** Values are compared as measured: 129.6 mmHg is still below 130. */
    public static BpCategory of(double systolic, double diastolic) {
        BpCategory result = OPTIMAL;
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

    /** The systolic bound of the next category, or 0 for the last one; for the bands of the chart legend. */
    public int systolicTo() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].systolicFrom : 0;
    }

    public int diastolicTo() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].diastolicFrom : 0;
    }

    public String cssClass() {
        return "bp-" + name().toLowerCase().replace('_', '-');
    }
}
