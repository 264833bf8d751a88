package dev.pulseboard.withings.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.Fixtures;

class MeasureDecoderTests {

    @Test
    void decodesValueTimesTenToTheUnit() {
        MeasurePage page = MeasureDecoder.page(Fixtures.body("getmeas_page1.json"));

        MeasureGroup weighIn = page.groups().get(0);
        assertThat(weighIn.measures()).extracting(Measure::type, Measure::value, Measure::rawValue,
                Measure::unitExponent).containsExactly(
                        tuple(MeasureType.WEIGHT, new BigDecimal("72.345"), 72345L, -3),
                        tuple(MeasureType.FAT_RATIO, new BigDecimal("21.50"), 2150L, -2),
                        tuple(MeasureType.FAT_MASS_WEIGHT, new BigDecimal("15.55"), 1555L,
                                -2));
    }

    @Test
    void keepsEachMeasuresOwnExponentExactly() {
        MeasurePage page = MeasureDecoder.page(Fixtures.body("getmeas_more_false.json"));

        assertThat(page.groups().get(0).measures()).extracting(Measure::value)
                .containsExactly(new BigDecimal("72.35"), new BigDecimal("72.3456"));
        MeasureGroup positiveExponent = MeasureDecoder.page(Fixtures.body("getmeas_quirks.json")).groups().get(2);
        assertThat(positiveExponent.measures().get(0).value()).isEqualByComparingTo("-500");
    }

    @Test
    void readsGroupFieldsAndPaging() {
        MeasurePage page = MeasureDecoder.page(Fixtures.body("getmeas_page1.json"));

        assertThat(page.more()).isTrue();
        assertThat(page.offset()).isEqualTo(2);
        assertThat(page.updateTime()).isEqualTo(Instant.ofEpochSecond(1772366400));
        assertThat(page.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        MeasureGroup group = page.groups().get(0);
        assertThat(group.groupId()).isEqualTo(5001);
        assertThat(group.attrib()).isEqualTo(Attrib.DEVICE);
        assertThat(group.category()).isEqualTo(MeasureCategory.REAL);
        assertThat(group.date()).isEqualTo(Instant.ofEpochSecond(1772280000));
        assertThat(group.created()).isEqualTo(Instant.ofEpochSecond(1772280010));
        assertThat(group.modified()).isEqualTo(Instant.ofEpochSecond(1772280020));
        assertThat(group.deviceId()).isEqualTo("4b1d6a7c0e2f3a9b8c7d6e5f4a3b2c1d0e9f8a7b");
        assertThat(group.modelId()).isEqualTo(5);
        assertThat(group.model()).isEqualTo("Body+");
    }

    @Test
    void leavesDeviceNullForManualEntries() {
        MeasureGroup manual = MeasureDecoder.page(Fixtures.body("getmeas_page1.json")).groups().get(1);

        assertThat(manual.attrib()).isEqualTo(Attrib.MANUAL);
        assertThat(manual.attrib().isManual()).isTrue();
        assertThat(manual.deviceId()).isNull();
        assertThat(manual.modelId()).isNull();
        assertThat(manual.model()).isNull();
        assertThat(manual.measures().get(0).value()).isEqualByComparingTo("1.82");
    }

    @Test
    void readsModelIdUnderEitherKeyAndMoreAsBoolean() {
        MeasurePage page = MeasureDecoder.page(Fixtures.body("getmeas_more_false.json"));

        assertThat(page.more()).isFalse();
        assertThat(page.groups().get(0).modelId()).isEqualTo(6);
        assertThat(MeasureDecoder.page(Fixtures.body("getmeas_quirks.json")).groups().get(0).modelId()).isEqualTo(5);
    }

    @Test
    void keepsUnknownCodesInsteadOfFailing() {
        MeasurePage page = MeasureDecoder.page(Fixtures.body("getmeas_quirks.json"));

        MeasureGroup group = page.groups().get(0);
        assertThat(group.attrib()).isEqualTo(Attrib.GUIDED_17);
        assertThat(group.measures()).extracting(Measure::type).containsExactly(MeasureType.SEGMENT_FAT_FREE_MASS,
                MeasureType.SEGMENT_FAT_MASS, MeasureType.fromCode(999), MeasureType.AFIB_ECG);
        Measure unknown = group.measures().get(2);
        assertThat(unknown.type().isKnown()).isFalse();
        assertThat(unknown.type().name()).isEqualTo("unknown 999");
        assertThat(unknown.value()).isEqualByComparingTo("4.2");
        assertThat(group.measures()).extracting(Measure::position).containsExactly(Position.WHOLE_BODY,
                Position.fromCode(20), null, null);
        assertThat(group.measures().get(1).position().name()).isEqualTo("unknown 20");
    }

    @Test
    void toleratesAbsentPagingStringTimesIntDeviceIdsAndGoals() {
        MeasurePage page = MeasureDecoder.page(Fixtures.body("getmeas_quirks.json"));

        assertThat(page.more()).isFalse();
        assertThat(page.offset()).isZero();
        assertThat(page.updateTime()).isEqualTo(Instant.ofEpochSecond(1772366400));
        assertThat(page.groups().get(0).deviceId()).isEqualTo("123456");
        assertThat(page.groups().get(1).category()).isEqualTo(MeasureCategory.GOAL);
        assertThat(page.groups().get(1).measures()).isEmpty();
        assertThat(page.groups().get(2).attrib()).isEqualTo(Attrib.DEVICE_DUPLICATE);
    }

    @Test
    void decodesAnEmptyBody() {
        MeasurePage page = MeasureDecoder.page(Fixtures.body("empty_body_array.json"));

        assertThat(page.groups()).isEmpty();
        assertThat(page.more()).isFalse();
        assertThat(page.timezone()).isNull();
    }

    @Test
    void dropsDuplicateGroupsAndRepeatedMeasuresOfOneKind() {
        List<MeasureGroup> groups = MeasureGroup.distinct(
                MeasureDecoder.page(Fixtures.body("getmeas_duplicates.json")).groups());

        assertThat(groups).extracting(MeasureGroup::groupId, MeasureGroup::attrib).containsExactly(
                tuple(9001L, Attrib.DEVICE),
                tuple(9002L, Attrib.DEVICE));
        assertThat(groups.get(0).measures()).extracting(Measure::type, Measure::position, Measure::rawValue)
                .containsExactly(tuple(MeasureType.WEIGHT, null, 72345L),
                        tuple(MeasureType.SEGMENT_FAT_FREE_MASS, Position.LEFT_LEG,
                                2400L),
                        tuple(MeasureType.SEGMENT_FAT_FREE_MASS, Position.RIGHT_LEG,
                                2410L));
        assertThat(groups.get(1).measures()).hasSize(1);
    }
}
