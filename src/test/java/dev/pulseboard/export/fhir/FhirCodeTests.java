package dev.pulseboard.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.MeasurementType;

class FhirCodeTests {

    /** The LOINC codes the issue lists for each type; every other type must use Pulseboard's own code system. */
    private static final Map<MeasurementType, String> LOINC = Map.ofEntries(
            Map.entry(MeasurementType.WEIGHT, "29463-7"), Map.entry(MeasurementType.HEIGHT, "8302-2"),
            Map.entry(MeasurementType.HEART_RATE, "8867-4"), Map.entry(MeasurementType.SPO2, "2708-6"),
            Map.entry(MeasurementType.TEMPERATURE, "8310-5"), Map.entry(MeasurementType.BODY_TEMPERATURE, "8310-5"),
            Map.entry(MeasurementType.FAT_RATIO, "41982-0"), Map.entry(MeasurementType.FAT_MASS, "73708-0"),
            Map.entry(MeasurementType.MUSCLE_MASS, "73964-9"), Map.entry(MeasurementType.HYDRATION, "101683-1"),
            Map.entry(MeasurementType.PULSE_WAVE_VELOCITY, "77196-4"));

    @Test
    void everyTypeHasACodeAndNoneIsAMadeUpLoinc() {
        var notSingle = EnumSet.of(MeasurementType.SYSTOLIC_BP, MeasurementType.DIASTOLIC_BP);
        for (MeasurementType type : MeasurementType.values()) {
            if (notSingle.contains(type)) {
                assertThat(FhirCode.of(type)).as(type.apiName()).isEmpty();
                continue;
            }
            FhirCode code = FhirCode.of(type).orElseThrow();
            if (LOINC.containsKey(type)) {
                assertThat(code.system()).isEqualTo(FhirCode.LOINC);
                assertThat(code.code()).isEqualTo(LOINC.get(type));
            } else {
                assertThat(code.system()).as(type.apiName()).isEqualTo(FhirCode.PULSEBOARD);
            }
            assertThat(code.ucum()).as(type.apiName()).isNotBlank();
        }
    }

    @Test
    void segmentalTypesHaveCodesOfTheirOwnNotTheWholeBodysLoinc() {
        assertThat(FhirCode.of(MeasurementType.SEGMENT_MUSCLE_MASS).orElseThrow().code())
                .isEqualTo("segment-muscle-mass");
        assertThat(FhirCode.of(MeasurementType.SEGMENT_FAT_MASS).orElseThrow().code()).isEqualTo("segment-fat-mass");
        assertThat(FhirCode.of(MeasurementType.SEGMENT_FAT_FREE_MASS).orElseThrow().code())
                .isEqualTo("segment-fat-free-mass");
    }

    @Test
    void heightIsWrittenInCentimetresAsTheVitalSignsProfileAsks() {
        FhirCode height = FhirCode.of(MeasurementType.HEIGHT).orElseThrow();
        assertThat(height.ucum()).isEqualTo("cm");
        assertThat(height.convert(new BigDecimal("1.805")).toPlainString()).isEqualTo("180.5");
    }
}
