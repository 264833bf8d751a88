package dev.pulseboard.health.measure;

import java.util.Arrays;
import java.util.Optional;

/**
 * The body measurements Pulseboard keeps, with their API names and units, keyed by Withings' measure type
 * code. Types Withings sends that are not listed here are not stored (and the sync logs them once).
 */
public enum MeasurementType {
    WEIGHT(1, "weight", "kg"),
    HEIGHT(4, "height", "m"),
    FAT_FREE_MASS(5, "fat_free_mass", "kg"),
    FAT_RATIO(6, "fat_ratio", "%"),
    FAT_MASS(8, "fat_mass", "kg"),
    DIASTOLIC_BP(9, "diastolic_bp", "mmHg"),
    SYSTOLIC_BP(10, "systolic_bp", "mmHg"),
    HEART_RATE(11, "heart_rate", "bpm"),
    TEMPERATURE(12, "temperature", "°C"),
    SPO2(54, "spo2", "%"),
    BODY_TEMPERATURE(71, "body_temperature", "°C"),
    SKIN_TEMPERATURE(73, "skin_temperature", "°C"),
    MUSCLE_MASS(76, "muscle_mass", "kg"),
    HYDRATION(77, "hydration", "kg"),
    BONE_MASS(88, "bone_mass", "kg"),
    PULSE_WAVE_VELOCITY(91, "pulse_wave_velocity", "m/s"),
    VO2MAX(123, "vo2max", "ml/min/kg"),
    VASCULAR_AGE(155, "vascular_age", "years"),
    EXTRACELLULAR_WATER(168, "extracellular_water", "kg"),
    INTRACELLULAR_WATER(169, "intracellular_water", "kg"),
    VISCERAL_FAT(170, "visceral_fat", ""),
    SEGMENT_FAT_FREE_MASS(173, "segment_fat_free_mass", "kg"),
    SEGMENT_FAT_MASS(174, "segment_fat_mass", "kg"),
    SEGMENT_MUSCLE_MASS(175, "segment_muscle_mass", "kg"),
    BASAL_METABOLIC_RATE(226, "basal_metabolic_rate", "kcal"),
    METABOLIC_AGE(227, "metabolic_age", "years"),
    /**
     * An ECG's intervals (BPM Core, ScanWatch), measured by the device with the recording and sent by getmeas in the
     * ECG's group: QRS duration, PR, QT and QTc (corrected for the heart rate). Withings documents the types, not
     * their unit (withings-api.md §6, "ms presumably"): kept exactly as sent, named in ms as ECG intervals are.
     */
    QRS_INTERVAL(135, "qrs_interval", "ms"),
    PR_INTERVAL(136, "pr_interval", "ms"),
    QT_INTERVAL(137, "qt_interval", "ms"),
    QTC_INTERVAL(138, "qtc_interval", "ms"),
    /** A watch's atrial-fibrillation result from its optical sensor (PPG): a classification, kept as sent. */
    AFIB_PPG(139, "afib_ppg", ""),
    /** Withings' electrochemical skin conductance, documented without a unit or a scale: kept as sent. */
    ELECTROCHEMICAL_SKIN_CONDUCTANCE(229, "electrochemical_skin_conductance", ""),
    /**
     * Body Scan's guided assessment of the feet (attrib 15), both feet and each foot. Withings names type 167 "Nerve
     * Health Score Conductance 2 electrodes Feet" and 196 "Electrodermal activity feet", and documents neither a unit
     * nor a scale: they are kept as sent, with no unit.
     */
    NERVE_HEALTH_SCORE(167, "nerve_health_score", ""),
    NERVE_HEALTH_LEFT_FOOT(158, "nerve_health_left_foot", ""),
    NERVE_HEALTH_RIGHT_FOOT(159, "nerve_health_right_foot", ""),
    ELECTRODERMAL_ACTIVITY_FEET(196, "electrodermal_activity_feet", ""),
    ELECTRODERMAL_ACTIVITY_LEFT_FOOT(197, "electrodermal_activity_left_foot", ""),
    ELECTRODERMAL_ACTIVITY_RIGHT_FOOT(198, "electrodermal_activity_right_foot", "");

    private final int withingsCode;
    private final String apiName;
    private final String unit;

    MeasurementType(int withingsCode, String apiName, String unit) {
        this.withingsCode = withingsCode;
        this.apiName = apiName;
        this.unit = unit;
    }

    public int withingsCode() {
        return withingsCode;
    }

    public String apiName() {
        return apiName;
    }

    public String unit() {
        return unit;
    }

    /** A type Withings sends per body segment ({@code position}): fat-free, fat and muscle mass per segment. */
    public boolean isSegmental() {
        return this == SEGMENT_FAT_FREE_MASS || this == SEGMENT_FAT_MASS || this == SEGMENT_MUSCLE_MASS;
    }

    /**
     * The foot a nerve-health value is of: Withings tells it by the type (158/159, 197/198), not by a position. Empty
     * for both feet and for every other type.
     */
    public Optional<BodyPosition> foot() {
        return switch (this) {
            case NERVE_HEALTH_LEFT_FOOT, ELECTRODERMAL_ACTIVITY_LEFT_FOOT -> Optional.of(BodyPosition.LEFT_FOOT);
            case NERVE_HEALTH_RIGHT_FOOT, ELECTRODERMAL_ACTIVITY_RIGHT_FOOT -> Optional.of(BodyPosition.RIGHT_FOOT);
            default -> Optional.empty();
        };
    }

    public static Optional<MeasurementType> fromWithingsCode(int code) {
        return Arrays.stream(values()).filter(t -> t.withingsCode == code).findFirst();
    }

    public static Optional<MeasurementType> fromApiName(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
    }
}
