package dev.pulseboard.sync.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.withings.Fixtures;
import dev.pulseboard.withings.measure.Attrib;
import dev.pulseboard.withings.measure.Measure;
import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureDecoder;
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
    void keepsAnEcgsIntervalsFromItsGroupButNotTheClassificationTheEcgListCarries() {
        var records = mapper.map(List.of(group(102, Attrib.DEVICE, MeasureCategory.REAL,
                Measure.of(MeasureType.DIASTOLIC_BP, 79, 0, null), Measure.of(MeasureType.SYSTOLIC_BP, 124, 0, null),
                Measure.of(MeasureType.AFIB_ECG, 0, 0, null), Measure.of(MeasureType.QRS_INTERVAL, 92, 0, null),
                Measure.of(MeasureType.PR_INTERVAL, 158, 0, null), Measure.of(MeasureType.QT_INTERVAL, 396, 0, null),
                Measure.of(MeasureType.QTC_INTERVAL, 412, 0, null), Measure.of(MeasureType.AFIB_PPG, 0, 0, null))));
        assertThat(records).extracting(MeasurementRecord::type).containsExactly(MeasurementType.DIASTOLIC_BP,
                MeasurementType.SYSTOLIC_BP, MeasurementType.QRS_INTERVAL, MeasurementType.PR_INTERVAL,
                MeasurementType.QT_INTERVAL, MeasurementType.QTC_INTERVAL, MeasurementType.AFIB_PPG);
        assertThat(records.get(5).value()).isEqualByComparingTo("412");
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

    @Test
    void storesABodyScansWholeBodyValuesAtPosition7InTheSeriesOnceEach() {
        var records = records("getmeas_body_scan.json");
        var wholeBody = records.stream().filter(r -> r.position() == null).toList();
        assertThat(wholeBody).extracting(MeasurementRecord::type).containsExactly(MeasurementType.WEIGHT,
                MeasurementType.FAT_RATIO, MeasurementType.FAT_FREE_MASS, MeasurementType.FAT_MASS,
                MeasurementType.MUSCLE_MASS, MeasurementType.HYDRATION, MeasurementType.BONE_MASS,
                MeasurementType.EXTRACELLULAR_WATER, MeasurementType.INTRACELLULAR_WATER, MeasurementType.VISCERAL_FAT,
                MeasurementType.BASAL_METABOLIC_RATE);
        assertThat(value(wholeBody, MeasurementType.FAT_MASS)).isEqualByComparingTo("18.76");
        assertThat(value(wholeBody, MeasurementType.VISCERAL_FAT)).isEqualByComparingTo("8.3");
        assertThat(value(wholeBody, MeasurementType.BASAL_METABOLIC_RATE)).isEqualByComparingTo("1695");
        assertThat(wholeBody).allSatisfy(r -> {
            assertThat(r.measuredAt()).isEqualTo(Instant.ofEpochSecond(1772347500));
            assertThat(r.model()).isEqualTo("Body Scan");
            assertThat(r.timeZone()).isEqualTo("Europe/Paris");
        });
    }

    @Test
    void keepsFiveSegmentsPerSegmentalTypeAndStoresARepeatedSegmentOnce() {
        var segments = records("getmeas_body_scan.json").stream().filter(r -> r.position() != null)
                .toList();
        assertThat(segments).hasSize(15);
        for (MeasurementType type : List.of(MeasurementType.SEGMENT_FAT_FREE_MASS, MeasurementType.SEGMENT_FAT_MASS,
                MeasurementType.SEGMENT_MUSCLE_MASS)) {
            assertThat(segments.stream().filter(r -> r.type() == type).map(MeasurementRecord::position))
                    .as(type.apiName()).containsExactly(2, 3, 10, 11, 12);
        }
        assertThat(segments.stream().filter(r -> r.type() == MeasurementType.SEGMENT_MUSCLE_MASS && r.position() == 12)
                .map(MeasurementRecord::value)).singleElement()
                .satisfies(v -> assertThat(v).isEqualByComparingTo("30.91"));
        var keys = records("getmeas_body_scan.json").stream().map(r -> r.type() + "@" + r.position())
                .toList();
        assertThat(keys).doesNotHaveDuplicates().hasSize(26);
    }

    @Test
    void mapsAnOlderBodyPlusGroupWithoutPositionsToWholeBodyValues() {
        var records = records("getmeas_body_plus.json");
        assertThat(records).hasSize(7).allSatisfy(r -> assertThat(r.position()).isNull());
        assertThat(records).extracting(MeasurementRecord::type).contains(MeasurementType.FAT_MASS,
                MeasurementType.MUSCLE_MASS, MeasurementType.HYDRATION, MeasurementType.BONE_MASS);
        assertThat(value(records, MeasurementType.WEIGHT)).isEqualByComparingTo("81.23");
        assertThat(records.get(0).deviceId()).isEqualTo("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
    }

    @Test
    void keepsUnknownPositionsWithTheirCodeLogsEachOnceAndKeepsTheGroupsOtherValues() {
        Logger logger = (Logger) LoggerFactory.getLogger(MeasureMapper.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            var records = records("getmeas_odd_positions.json");
            var first = records.stream().filter(r -> r.groupId() == 5100002).toList();
            assertThat(first).extracting(r -> r.type().apiName() + "@" + r.position()).containsExactly("weight@null",
                    "fat_mass@22", "fat_mass@null", "segment_muscle_mass@31", "segment_muscle_mass@10");
            assertThat(first.get(0).attrib()).isEqualTo(17);
            assertThat(records.stream().filter(r -> r.groupId() == 5100003))
                    .extracting(r -> r.type().apiName() + "@" + r.position())
                    .containsExactly("weight@null", "fat_mass@22");
            records("getmeas_odd_positions.json");
            var messages = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(messages.stream().filter(m -> m.contains("position 22"))).hasSize(1);
            assertThat(messages.stream().filter(m -> m.contains("position 31"))).hasSize(1);
            assertThat(messages.stream().filter(m -> m.contains("type 9999"))).hasSize(1);
        } finally {
            logger.detachAppender(logs);
        }
    }

    private List<MeasurementRecord> records(String fixture) {
        var page = MeasureDecoder.page(Fixtures.body(fixture));
        return mapper.map(page.groups(), page.timezone());
    }

    private static BigDecimal value(List<MeasurementRecord> records, MeasurementType type) {
        return records.stream().filter(r -> r.type() == type).findFirst().orElseThrow().value();
    }

    private static MeasureGroup group(long id, Attrib attrib, MeasureCategory category, Measure... measures) {
        return new MeasureGroup(id, attrib, TAKEN, TAKEN, TAKEN.plusSeconds(60), category, "a1b2", 5, "Body+",
                List.of(measures));
    }
}
