package dev.pulseboard.withings.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.pulseboard.withings.activity.WorkoutCategory;
import dev.pulseboard.withings.measure.Attrib;
import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureType;
import dev.pulseboard.withings.measure.Position;

@ExtendWith(OutputCaptureExtension.class)
class CodeTableTests {

    @Test
    void logsAnUnknownCodeOnceNotPerReading(CapturedOutput output) {
        for (int i = 0; i < 5; i++) {
            assertThat(WorkoutCategory.fromCode(9_876).name()).isEqualTo("unknown 9876");
        }

        assertThat(output.getAll().split("workout category code 9876", -1)).hasSize(2);
    }

    @Test
    void measureTypesCarryPulseboardNamesAndUnits() {
        assertThat(MeasureType.fromCode(1)).isSameAs(MeasureType.WEIGHT);
        assertThat(MeasureType.WEIGHT.name()).isEqualTo("weight");
        assertThat(MeasureType.WEIGHT.unit()).isEqualTo("kg");
        assertThat(MeasureType.HEART_PULSE.name()).isEqualTo("heart_rate");
        assertThat(MeasureType.FAT_MASS_WEIGHT.name()).isEqualTo("fat_mass");
        assertThat(MeasureType.BMR.name()).isEqualTo("basal_metabolic_rate");
        assertThat(MeasureType.BODY_TEMPERATURE.unit()).isEqualTo("°C");
        assertThat(MeasureType.VISCERAL_FAT.unit()).isEmpty();
        assertThat(MeasureType.fromName("vo2max")).contains(MeasureType.VO2MAX);
        assertThat(MeasureType.fromName("nope")).isEmpty();
    }

    @Test
    void listsKnownMeasureTypesByCode() {
        assertThat(MeasureType.values()).first().isEqualTo(MeasureType.WEIGHT);
        assertThat(MeasureType.values()).hasSize(39).allMatch(MeasureType::isKnown);
    }

    @Test
    void unknownCodesEqualByCodeAndSayUnknown() {
        MeasureType unknown = MeasureType.fromCode(4242);

        assertThat(unknown).isEqualTo(new MeasureType(4242)).isEqualTo(MeasureType.fromCode(4242));
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.toString()).isEqualTo("unknown 4242");
        assertThat(unknown.unit()).isEmpty();
        assertThat(Attrib.fromCode(99).name()).isEqualTo("unknown 99");
        assertThat(MeasureCategory.fromCode(3).isKnown()).isFalse();
        assertThat(Position.fromCode(31).code()).isEqualTo(31);
    }

    @Test
    void flagsAmbiguousAndManualAttribs() {
        assertThat(Attrib.AMBIGUOUS.isAmbiguous()).isTrue();
        assertThat(Attrib.MANUAL_AT_CREATION.isAmbiguous()).isTrue();
        assertThat(Attrib.MANUAL_AT_CREATION.isManual()).isTrue();
        assertThat(Attrib.DEVICE.isAmbiguous()).isFalse();
        assertThat(Attrib.DEVICE_DUPLICATE.isManual()).isFalse();
    }
}
