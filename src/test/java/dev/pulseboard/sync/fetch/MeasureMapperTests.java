package dev.pulseboard.sync.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.withings.measure.Attrib;
import dev.pulseboard.withings.measure.Measure;
import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.MeasureType;
import dev.pulseboard.withings.measure.Position;

class MeasureMapperTests {

    private final MeasureMapper mapper = new MeasureMapper();
    private static final Instant TAKEN = Instant.parse("2026-03-01T06:45:00Z");

    @Test
    void mapsEveryKeptTypeWithItsRawValueAndExponent() {
        var records = mapper.map(List.of(group(101, Attrib.DEVICE, MeasureCategory.REAL,
                Measure.of(MeasureType.WEIGHT, 72345, -3, null), Measure.of(MeasureType.FAT_RATIO, 2150, -2, null))));
        assertThat(records).extracting(MeasurementRecord::type)
                .containsExactly(MeasurementType.WEIGHT, MeasurementType.FAT_RATIO);
        MeasurementRecord weight = records.get(0);
        assertThat(weight.rawValue()).isEqualTo(72345);
        assertThat(weight.unitExponent()).isEqualTo(-3);
        assertThat(weight.value()).isEqualByComparingTo(new BigDecimal("72.345"));
        assertThat(weight.measuredAt()).isEqualTo(TAKEN);
        assertThat(weight.groupId()).isEqualTo(101);
        assertThat(weight.deviceId()).isEqualTo("a1b2");
    }

    @Test
    void skipsGoalMeasureGroups() {
        assertThat(mapper.map(List.of(group(7, Attrib.MANUAL, MeasureCategory.GOAL,
                Measure.of(MeasureType.WEIGHT, 70, 0, null))))).isEmpty();
    }

    @Test
    void skipsMeasureTypesPulseboardDoesNotKeepWithoutFailing() {
        var records = mapper.map(List.of(group(8, Attrib.DEVICE, MeasureCategory.REAL,
                Measure.of(MeasureType.fromCode(9999), 1, 0, null), Measure.of(MeasureType.WEIGHT, 80, 0, null))));
        assertThat(records).extracting(MeasurementRecord::type).containsExactly(MeasurementType.WEIGHT);
    }

    @Test
    void keepsSegmentPositionsAndTheAttrib() {
        var records = mapper.map(List.of(group(9, Attrib.fromCode(17), MeasureCategory.REAL,
                Measure.of(MeasureType.SEGMENT_MUSCLE_MASS, 1012, -2, Position.fromCode(10)))));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(10);
            assertThat(r.attrib()).isEqualTo(17);
            assertThat(r.type()).isEqualTo(MeasurementType.SEGMENT_MUSCLE_MASS);
        });
    }

    private static MeasureGroup group(long id, Attrib attrib, MeasureCategory category, Measure... measures) {
        return new MeasureGroup(id, attrib, TAKEN, TAKEN, TAKEN.plusSeconds(60), category, "a1b2", 5, "Body+",
                List.of(measures));
    }
}
