package dev.pulseboard.export.fhir;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.pulseboard.health.measure.MeasurementType;

/**
 * How one measure type becomes an Observation: its code (LOINC where LOINC has one, Pulseboard's own code system
 * where it has none, never a made-up LOINC), category, UCUM unit, the factor from Pulseboard's unit to it, and the
 * R4 vital-signs profile where one exists. Blood pressure is written as one panel per group ({@link #BP_PANEL}).
 */
record FhirCode(String system, String code, String display, String category, String unit, String ucum,
        BigDecimal factor, String profile) {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    /** Pulseboard's code system for what LOINC has no code for: a stable URL, documented in the README. */
    static final String PULSEBOARD = "https://pulseboard.dev/fhir/CodeSystem/observation";
    static final String MDC = "urn:oid:2.16.840.1.113883.6.24";
    static final String PROFILE = "http://hl7.org/fhir/StructureDefinition/";

    static final FhirCode BP_PANEL = loinc("85354-9", "Blood pressure panel with all children optional", "vital-signs",
            null, null, "bp");
    static final FhirCode SYSTOLIC = loinc("8480-6", "Systolic blood pressure", "vital-signs", "mmHg", "mm[Hg]", null);
    static final FhirCode DIASTOLIC = loinc("8462-4", "Diastolic blood pressure", "vital-signs", "mmHg", "mm[Hg]",
            null);
    static final FhirCode SPO2_PULSE_OXIMETRY = loinc("59408-5",
            "Oxygen saturation in Arterial blood by Pulse oximetry", "vital-signs", "%", "%", null);

    static final FhirCode SLEEP = loinc("93832-4", "Sleep duration", "activity", "h", "h", null);
    static final FhirCode DEEP = loinc("93831-6", "Deep sleep duration", "activity", "h", "h", null);
    static final FhirCode LIGHT = loinc("93830-8", "Light sleep duration", "activity", "h", "h", null);
    static final FhirCode REM = loinc("93829-0", "REM sleep duration", "activity", "h", "h", null);
    static final FhirCode AWAKE = own("awake-time", "Time awake after falling asleep", "activity", "h", "h");
    static final FhirCode SLEEP_SCORE = own("sleep-score", "Withings sleep score (0-100)", "activity", "score", "1");
    static final FhirCode STEPS = loinc("41950-7", "Number of steps in 24 hour Measured", "activity", "steps/day",
            "/d", null);
    static final FhirCode ACTIVE_CALORIES = loinc("41981-2", "Calories burned", "activity", "kcal", "kcal", null);

    static final FhirCode ECG = new FhirCode(MDC, "131328", "MDC_ECG_ELEC_POTL", "procedure", null, null, null, null);
    static final FhirCode ECG_LEAD_I = new FhirCode(MDC, "131329", "MDC_ECG_ELEC_POTL_I", "procedure", "µV", "uV",
            null, null);
    static final FhirCode AFIB = own("afib-classification", "Withings AFib classification of an ECG", "procedure",
            null, null);

    static final FhirCode EXERCISE_DURATION = loinc("55411-3", "Exercise duration", "activity", "min", "min", null);
    static final FhirCode EXERCISE_ACTIVITY = loinc("73985-4", "Exercise activity", "activity", null, null, null);
    static final FhirCode WORKOUT_STEPS = loinc("55423-8", "Number of steps in unspecified time Pedometer",
            "activity", "steps", "1", null);
    static final FhirCode WORKOUT_HR_MEAN = loinc("55425-3", "Heart rate unspecified time mean by Pedometer",
            "activity", "beats/minute", "/min", null);
    static final FhirCode WORKOUT_HR_MAX = loinc("55426-1", "Heart rate unspecified time maximum by Pedometer",
            "activity", "beats/minute", "/min", null);
    /** Not LOINC's 55430-3: that one is a walking distance, and a workout may be a swim or a ride. */
    static final FhirCode WORKOUT_DISTANCE = own("workout-distance", "Distance covered in a workout", "activity",
            "m", "m");
    static final FhirCode WORKOUT_INTENSITY = own("workout-intensity", "Withings workout intensity (0-100)",
            "activity", "intensity", "1");

    private static final Map<MeasurementType, FhirCode> BY_TYPE = new EnumMap<>(MeasurementType.class);

    static {
        BY_TYPE.put(MeasurementType.WEIGHT, loinc("29463-7", "Body weight", "vital-signs", "kg", "kg", "bodyweight"));
        BY_TYPE.put(MeasurementType.HEIGHT, new FhirCode(LOINC, "8302-2", "Body height", "vital-signs", "cm", "cm",
                BigDecimal.valueOf(100), PROFILE + "bodyheight"));
        BY_TYPE.put(MeasurementType.HEART_RATE, loinc("8867-4", "Heart rate", "vital-signs", "beats/minute", "/min",
                "heartrate"));
        BY_TYPE.put(MeasurementType.SPO2, loinc("2708-6", "Oxygen saturation in Arterial blood", "vital-signs", "%",
                "%", "oxygensat"));
        FhirCode bodyTemperature = loinc("8310-5", "Body temperature", "vital-signs", "°C", "Cel", "bodytemp");
        BY_TYPE.put(MeasurementType.TEMPERATURE, bodyTemperature);
        BY_TYPE.put(MeasurementType.BODY_TEMPERATURE, bodyTemperature);
        BY_TYPE.put(MeasurementType.FAT_RATIO, loinc("41982-0", "Percentage of body fat Measured", "exam", "%", "%",
                null));
        BY_TYPE.put(MeasurementType.FAT_MASS, loinc("73708-0", "Body fat [Mass] Calculated", "exam", "kg", "kg", null));
        BY_TYPE.put(MeasurementType.MUSCLE_MASS, loinc("73964-9", "Body muscle mass Measured", "exam", "kg", "kg",
                null));
        BY_TYPE.put(MeasurementType.HYDRATION, loinc("101683-1", "Total body water Measured", "exam", "kg", "kg",
                null));
        BY_TYPE.put(MeasurementType.PULSE_WAVE_VELOCITY, loinc("77196-4", "Pulse wave velocity", "exam", "m/s",
                "m/s", null));
        BY_TYPE.put(MeasurementType.BONE_MASS, own("bone-mass", "Bone mass", "exam", "kg", "kg"));
        BY_TYPE.put(MeasurementType.FAT_FREE_MASS, own("fat-free-mass", "Fat-free mass", "exam", "kg", "kg"));
        BY_TYPE.put(MeasurementType.SKIN_TEMPERATURE, own("skin-temperature", "Skin temperature", "vital-signs",
                "°C", "Cel"));
        BY_TYPE.put(MeasurementType.VO2MAX, own("vo2max", "VO2 max (Withings estimate)", "exam", "ml/min/kg",
                "mL/min/kg"));
        BY_TYPE.put(MeasurementType.VASCULAR_AGE, own("vascular-age", "Vascular age (Withings estimate)", "exam",
                "years", "a"));
        BY_TYPE.put(MeasurementType.EXTRACELLULAR_WATER, own("extracellular-water", "Extracellular water", "exam",
                "kg", "kg"));
        BY_TYPE.put(MeasurementType.INTRACELLULAR_WATER, own("intracellular-water", "Intracellular water", "exam",
                "kg", "kg"));
        BY_TYPE.put(MeasurementType.VISCERAL_FAT, own("visceral-fat", "Visceral fat index (Withings)", "exam",
                "index", "1"));
        BY_TYPE.put(MeasurementType.BASAL_METABOLIC_RATE, own("basal-metabolic-rate", "Basal metabolic rate", "exam",
                "kcal/day", "kcal/d"));
        BY_TYPE.put(MeasurementType.SEGMENT_FAT_FREE_MASS, own("segment-fat-free-mass",
                "Fat-free mass of a body segment", "exam", "kg", "kg"));
        BY_TYPE.put(MeasurementType.SEGMENT_FAT_MASS, own("segment-fat-mass", "Fat mass of a body segment", "exam",
                "kg", "kg"));
        BY_TYPE.put(MeasurementType.SEGMENT_MUSCLE_MASS, own("segment-muscle-mass", "Muscle mass of a body segment",
                "exam", "kg", "kg"));
        BY_TYPE.put(MeasurementType.METABOLIC_AGE, own("metabolic-age", "Metabolic age (Withings estimate)", "exam",
                "years", "a"));
        // An ECG's intervals as the device measured them: codes of Pulseboard's own, as the unit Withings sends them
        // in is not documented (withings-api.md §6) and a code claims what the value is.
        BY_TYPE.put(MeasurementType.QRS_INTERVAL, own("qrs-interval", "QRS duration (Withings ECG)", "exam", "ms",
                "ms"));
        BY_TYPE.put(MeasurementType.PR_INTERVAL, own("pr-interval", "PR interval (Withings ECG)", "exam", "ms", "ms"));
        BY_TYPE.put(MeasurementType.QT_INTERVAL, own("qt-interval", "QT interval (Withings ECG)", "exam", "ms", "ms"));
        BY_TYPE.put(MeasurementType.QTC_INTERVAL, own("qtc-interval", "QT interval corrected for heart rate (Withings"
                + " ECG)", "exam", "ms", "ms"));
        BY_TYPE.put(MeasurementType.AFIB_PPG, own("afib-ppg", "Atrial fibrillation result of the optical sensor"
                + " (Withings classification)", "exam", "class", "1"));
        BY_TYPE.put(MeasurementType.ELECTROCHEMICAL_SKIN_CONDUCTANCE, own("electrochemical-skin-conductance",
                "Electrochemical skin conductance (Withings)", "exam", "value", "1"));
        feet(MeasurementType.NERVE_HEALTH_SCORE, MeasurementType.NERVE_HEALTH_LEFT_FOOT,
                MeasurementType.NERVE_HEALTH_RIGHT_FOOT, "nerve-health-score", "Nerve health score", "score", "1");
        feet(MeasurementType.ELECTRODERMAL_ACTIVITY_FEET, MeasurementType.ELECTRODERMAL_ACTIVITY_LEFT_FOOT,
                MeasurementType.ELECTRODERMAL_ACTIVITY_RIGHT_FOOT, "electrodermal-activity", "Electrodermal activity",
                "value", "1");
    }

    /**
     * The code for a measure type; empty for the blood-pressure halves (the panel). A segmental type's value is of
     * one body segment, named by the Observation's {@code bodySite} ({@link BodySites}).
     */
    static Optional<FhirCode> of(MeasurementType type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    BigDecimal convert(BigDecimal value) {
        return factor == null ? value : value.multiply(factor).stripTrailingZeros();
    }

    private static FhirCode loinc(String code, String display, String category, String unit, String ucum,
            String profile) {
        return new FhirCode(LOINC, code, display, category, unit, ucum, null, profile == null ? null : PROFILE + profile);
    }

    /**
     * A Body Scan nerve-health value of both feet and of each foot: one code of Pulseboard's own for the three, the
     * foot named by the Observation's {@code bodySite} as a Body Scan segment's part is; the value as Withings sent
     * it (Withings documents no unit for them, so none is claimed: UCUM's unity).
     */
    private static void feet(MeasurementType both, MeasurementType left, MeasurementType right, String code,
            String display, String unit, String ucum) {
        FhirCode feet = own(code, display + " of the feet (Withings)", "exam", unit, ucum);
        BY_TYPE.put(both, feet);
        BY_TYPE.put(left, feet);
        BY_TYPE.put(right, feet);
    }

    private static FhirCode own(String code, String display, String category, String unit, String ucum) {
        return new FhirCode(PULSEBOARD, code, display, category, unit, ucum, null, null);
    }
}
