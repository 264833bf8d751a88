package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MeasurementRecordTests {

    @Test
    void decodesValueTimesTenToTheUnitExactly() {
        assertThat(record(72345, -3).value()).isEqualByComparingTo(new BigDecimal("72.345"));
        assertThat(record(723456, -4).value()).isEqualByComparingTo(new BigDecimal("72.3456"));
        assertThat(record(7235, -2).value()).isEqualByComparingTo(new BigDecimal("72.35"));
        assertThat(record(12, 2).value()).isEqualByComparingTo(new BigDecimal("1200"));
        assertThat(record(72345, -3).value().toPlainString()).isEqualTo("72.345");
    }

    @Test
    void namesTypesAsTheApiDoes() {
        assertThat(MeasurementType.fromApiName("fat_ratio")).contains(MeasurementType.FAT_RATIO);
        assertThat(MeasurementType.fromWithingsCode(8)).contains(MeasurementType.FAT_MASS);
        assertThat(MeasurementType.fromWithingsCode(99999)).isEmpty();
    }

    private static MeasurementRecord record(long raw, int unit) {
        return new MeasurementRecord(1, MeasurementType.WEIGHT, null, raw, unit, Instant.EPOCH, Instant.EPOCH, 0,
                null, null);
    }
}
