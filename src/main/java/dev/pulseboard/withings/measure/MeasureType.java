package dev.pulseboard.withings.measure;

import java.util.List;
import java.util.Optional;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * A getmeas {@code type} (withings-api.md §6) with the name and unit of Pulseboard's JSON API. A record of the
 * raw code: an unknown code decodes to an instance whose {@link #name()} is {@code "unknown N"} (logged once).
 * Compare with {@code equals} (e.g. {@code type.equals(MeasureType.WEIGHT)}); {@link #values()} lists the known ones.
 */
public record MeasureType(int code) implements WithingsCode {

    private static final CodeTable<MeasureType> TABLE =
            new CodeTable<>(MeasureType.class, "measure type", MeasureType::new);

    public static final MeasureType WEIGHT = TABLE.define(1, "weight", "kg");
    public static final MeasureType HEIGHT = TABLE.define(4, "height", "m");
    public static final MeasureType FAT_FREE_MASS = TABLE.define(5, "fat_free_mass", "kg");
    public static final MeasureType FAT_RATIO = TABLE.define(6, "fat_ratio", "%");
    public static final MeasureType FAT_MASS_WEIGHT = TABLE.define(8, "fat_mass", "kg");
    public static final MeasureType DIASTOLIC_BP = TABLE.define(9, "diastolic_bp", "mmHg");
    public static final MeasureType SYSTOLIC_BP = TABLE.define(10, "systolic_bp", "mmHg");
    public static final MeasureType HEART_PULSE = TABLE.define(11, "heart_rate", "bpm");
    public static final MeasureType TEMPERATURE = TABLE.define(12, "temperature", "°C");
    public static final MeasureType SPO2 = TABLE.define(54, "spo2", "%");
    public static final MeasureType BODY_TEMPERATURE = TABLE.define(71, "body_temperature", "°C");
    public static final MeasureType SKIN_TEMPERATURE = TABLE.define(73, "skin_temperature", "°C");
    public static final MeasureType MUSCLE_MASS = TABLE.define(76, "muscle_mass", "kg");
    public static final MeasureType HYDRATION = TABLE.define(77, "hydration", "kg");
    public static final MeasureType BONE_MASS = TABLE.define(88, "bone_mass", "kg");
    public static final MeasureType PULSE_WAVE_VELOCITY = TABLE.define(91, "pulse_wave_velocity", "m/s");
    public static final MeasureType VO2MAX = TABLE.define(123, "vo2max", "ml/min/kg");
    /** ECG AFib classification 0-13 (not a physical value). */
    public static final MeasureType AFIB_ECG = TABLE.define(130, "afib_ecg", "");
    public static final MeasureType QRS_INTERVAL = TABLE.define(135, "qrs_interval", "ms");
    public static final MeasureType PR_INTERVAL = TABLE.define(136, "pr_interval", "ms");
    public static final MeasureType QT_INTERVAL = TABLE.define(137, "qt_interval", "ms");
    public static final MeasureType QTC_INTERVAL = TABLE.define(138, "qtc_interval", "ms");
    /** PPG AFib classification (not a physical value). */
    public static final MeasureType AFIB_PPG = TABLE.define(139, "afib_ppg", "");
    public static final MeasureType VASCULAR_AGE = TABLE.define(155, "vascular_age", "years");
    public static final MeasureType NERVE_HEALTH_LEFT_FOOT = TABLE.define(158, "nerve_health_left_foot", "");
    public static final MeasureType NERVE_HEALTH_RIGHT_FOOT = TABLE.define(159, "nerve_health_right_foot", "");
    public static final MeasureType NERVE_HEALTH_SCORE = TABLE.define(167, "nerve_health_score", "");
    public static final MeasureType EXTRACELLULAR_WATER = TABLE.define(168, "extracellular_water", "kg");
    public static final MeasureType INTRACELLULAR_WATER = TABLE.define(169, "intracellular_water", "kg");
    public static final MeasureType VISCERAL_FAT = TABLE.define(170, "visceral_fat", "");
    /** Per body segment: see {@link Measure#position()}. */
    public static final MeasureType SEGMENT_FAT_FREE_MASS = TABLE.define(173, "segment_fat_free_mass", "kg");
    public static final MeasureType SEGMENT_FAT_MASS = TABLE.define(174, "segment_fat_mass", "kg");
    public static final MeasureType SEGMENT_MUSCLE_MASS = TABLE.define(175, "segment_muscle_mass", "kg");
    public static final MeasureType ELECTRODERMAL_ACTIVITY_FEET = TABLE.define(196, "electrodermal_activity_feet", "");
    public static final MeasureType ELECTRODERMAL_ACTIVITY_LEFT_FOOT =
            TABLE.define(197, "electrodermal_activity_left_foot", "");
    public static final MeasureType ELECTRODERMAL_ACTIVITY_RIGHT_FOOT =
            TABLE.define(198, "electrodermal_activity_right_foot", "");
    public static final MeasureType BMR = TABLE.define(226, "basal_metabolic_rate", "kcal");
    public static final MeasureType METABOLIC_AGE = TABLE.define(227, "metabolic_age", "years");
    public static final MeasureType ELECTROCHEMICAL_SKIN_CONDUCTANCE =
            TABLE.define(229, "electrochemical_skin_conductance", "");

    /** The known type for {@code code}, or an "unknown N" instance (logged once per code). */
    public static MeasureType fromCode(int code) {
        return TABLE.fromCode(code);
    }

    /** The known type with this Pulseboard name (e.g. {@code "heart_rate"}). */
    public static Optional<MeasureType> fromName(String name) {
        return TABLE.fromName(name);
    }

    /** Every known type, by code. */
    public static List<MeasureType> values() {
        return TABLE.values();
    }

    /** The unit of the decoded value (e.g. {@code "kg"}); empty for classifications, scores and unknown types. */
    public String unit() {
        return TABLE.unit(code);
    }

    @Override
    public String toString() {
        return name();
    }
}
