package dev.pulseboard.health.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guideline home blood pressures are read against, each viewer's choice: its home threshold (a home mean at or
 * above it is hypertension), read on the home protocol's mean, and the marks a single home reading gets. A reading
 * falls in the highest mark that its systolic or its diastolic value reaches.
 *
 * <ul>
 * <li>{@link #ESH_2023}: the 2023 ESH Guidelines for the management of arterial hypertension (Mancia et al.,
 * J Hypertens 2023;41:1874-2071): a home mean of 135/85 mmHg or more is hypertension; 180/110 or more is the level of
 * grade 3. Its grades (optimal to grade 3) are for office readings, which run higher than home ones.</li>
 * <li>{@link #AHA_ACC_2025}: the 2025 AHA/ACC guideline for the prevention, detection, evaluation and management of
 * high blood pressure in adults (Jones et al., Hypertension 2025), with the 2017 guideline's table of corresponding
 * values, which it keeps: at home, 120/80 stands for the office's 120/80 (elevated from 120 systolic, with a diastolic
 * below 80), 130/80 for its 130/80 (stage 1 hypertension) and 135/85 for its 140/90 (stage 2); over 180/120 is severe
 * hypertension.</li>
 * </ul>
 */
public enum BpGuideline {

    ESH_2023("ESH 2023", "the 2023 ESH Guidelines for the management of arterial hypertension", 135, 85,
            Mark.from("Below 135/85", 0, 0, "bp-below"),
            Mark.from("At or above 135/85", 135, 85, "bp-above"),
            Mark.from("180/110 or more", 180, 110, "bp-very-high")),
    AHA_ACC_2025("AHA/ACC 2025", "the 2025 AHA/ACC guideline for the management of high blood pressure in adults",
            130, 80,
            Mark.from("Below 120/80: normal", 0, 0, "bp-below"),
            Mark.systolicOnly("120–129 and below 80: elevated", 120, "bp-elevated"),
            Mark.from("130/80 or more: stage 1", 130, 80, "bp-raised"),
            Mark.from("135/85 or more: stage 2", 135, 85, "bp-above"),
            Mark.over("Over 180/120: severe", 180, 120, "bp-very-high"));

    private final String label;
    private final String title;
    private final int thresholdSystolic;
    private final int thresholdDiastolic;
    private final List<Mark> marks;

    BpGuideline(String label, String title, int thresholdSystolic, int thresholdDiastolic, Mark... marks) {
        this.label = label;
        this.title = title;
        this.thresholdSystolic = thresholdSystolic;
        this.thresholdDiastolic = thresholdDiastolic;
        List<Mark> linked = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            // A mark ends below the next one; its diastolic values end below the next one that has any of its own.
            int next = i + 1;
            int nextDiastolic = next;
            while (nextDiastolic < marks.length && marks[nextDiastolic].systolicOnly()) {
                nextDiastolic++;
            }
            linked.add(next < marks.length ? marks[i].upTo(marks[next], marks[nextDiastolic]) : marks[i]);
        }
        this.marks = List.copyOf(linked);
    }

    /** The choice a user makes, from its name ({@code ESH_2023}); empty for anything else. */
    public static Optional<BpGuideline> parse(String name) {
        for (BpGuideline g : values()) {
            if (g.name().equals(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** "ESH 2023", "AHA/ACC 2025". */
    public String label() {
        return label;
    }

    /** "the 2023 ESH Guidelines for the management of arterial hypertension". */
    public String title() {
        return title;
    }

    public int thresholdSystolic() {
        return thresholdSystolic;
    }

    public int thresholdDiastolic() {
        return thresholdDiastolic;
    }

    /** "135/85". */
    public String threshold() {
        return thresholdSystolic + "/" + thresholdDiastolic;
    }

    /** Whole mmHg at or above the home threshold, systolic or diastolic. */
    public boolean atOrAboveThreshold(int systolic, int diastolic) {
        return systolic >= thresholdSystolic || diastolic >= thresholdDiastolic;
    }

    /**
     * The stage of hypertension a home mean at or above the threshold is, where the guideline names stages by home
     * values (AHA/ACC: "stage 1 (130/80 to 134/84 at home)", "stage 2 (135/85 or more at home)"); empty otherwise.
     */
    public Optional<String> stage(HomeMean mean) {
        if (this != AHA_ACC_2025 || !mean.atOrAbove(this)) {
            return Optional.empty();
        }
        return Optional.of(mean.atOrAbove(ESH_2023) ? "stage 2 (135/85 or more at home)"
                : "stage 1 (130/80 to 134/84 at home)");
    }

    /** The marks from the lowest up. */
    public List<Mark> marks() {
        return marks;
    }

    /** The mark of one reading; values are compared as measured: 134.6 mmHg is still below 135. */
    public Mark markOf(double systolic, double diastolic) {
        Mark result = marks.get(0);
        for (Mark m : marks) {
            if (m.reached(systolic, m.systolicFrom) || m.reached(diastolic, m.diastolicFrom)) {
                result = m;
            }
        }
        return result;
    }

    /**
     * The mark of a reading taken before the age the adult marks start at: none, but for the highest (180/110 or more,
     * over 180/120), which is very high at any age and which a doctor should hear of.
     */
    public Mark veryHighAtAnyAge(double systolic, double diastolic) {
        Mark highest = marks.get(marks.size() - 1);
        return highest.reached(systolic, highest.systolicFrom) || highest.reached(diastolic, highest.diastolicFrom)
                ? highest : null;
    }

    /**
     * One mark: from these systolic or diastolic values ({@code over}: above them) up to the next mark's; the
     * highest mark's {@code systolicTo} is 0.
     */
    public record Mark(String label, int systolicFrom, int diastolicFrom, boolean over, String cssClass,
            int systolicTo, int diastolicTo) {

        static Mark from(String label, int systolic, int diastolic, String cssClass) {
            return new Mark(label, systolic, diastolic, false, cssClass, 0, 0);
        }

        static Mark over(String label, int systolic, int diastolic, String cssClass) {
            return new Mark(label, systolic, diastolic, true, cssClass, 0, 0);
        }

        /** A mark its systolic value alone reaches, the diastolic staying below the next mark's (AHA/ACC's elevated). */
        static Mark systolicOnly(String label, int systolic, String cssClass) {
            return new Mark(label, systolic, SYSTOLIC_ONLY, false, cssClass, 0, 0);
        }

        private static final int SYSTOLIC_ONLY = Integer.MAX_VALUE;

        boolean systolicOnly() {
            return diastolicFrom == SYSTOLIC_ONLY;
        }

        /** This mark, with the highest values it holds below {@code next} (and {@code nextDiastolic}'s diastolic). */
        Mark upTo(Mark next, Mark nextDiastolic) {
            return new Mark(label, systolicFrom, diastolicFrom, over, cssClass, next.systolicFrom - (next.over ? 0 : 1),
                    nextDiastolic.diastolicFrom - (nextDiastolic.over ? 0 : 1));
        }

        private boolean reached(double value, int from) {
            return over ? value > from : value >= from;
        }

        /** "180/110 or more", "over 180/120": where the mark starts. */
        public String bounds() {
            if (systolicOnly()) {
                return systolicFrom + " systolic or more";
            }
            String values = systolicFrom + "/" + diastolicFrom;
            return over ? "over " + values : values + " or more";
        }

        public boolean lowest() {
            return systolicFrom == 0;
        }

        /** The systolic values of the mark, for a legend: "< 135", "135–179", "≥ 180", "> 180". */
        public String systolicRange() {
            return range(systolicFrom, systolicTo);
        }

        public String diastolicRange() {
            return systolicOnly() ? "< " + (diastolicTo + 1) : range(diastolicFrom, diastolicTo);
        }

        /** How its systolic and diastolic bounds combine: both below the next mark, or either in its own. */
        public String combined() {
            return lowest() || systolicOnly() ? "and" : "and/or";
        }

        private String range(int from, int to) {
            if (from == 0) {
                return "< " + (to + 1);
            }
            if (to == 0) {
                return (over ? "> " : "≥ ") + from;
            }
            return from + "–" + to;
        }
    }
}
