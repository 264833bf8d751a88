package dev.pulseboard.emulator.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Measure;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.Personas;
import dev.pulseboard.emulator.persona.Span;
import dev.pulseboard.emulator.persona.UserData;

class BodyGeneratorTests {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final Persona alex = Personas.byId("alex").orElseThrow();

    /** The persona's groups as visible at NOW (the cuff's, if any, included). */
    private static List<MeasureGroup> uploaded(Persona persona) {
        return UserData.generate(persona, NOW, true).at(NOW.getEpochSecond()).groups();
    }

    private List<MeasureGroup> weighIns(Persona persona) {
        return uploaded(persona).stream()
                .filter(g -> g.category() == MeasureGroup.REAL && g.hasType(1)).toList();
    }

    @Test
    void generatesTheSameHistoryForTheSameDay() {
        Span span = new Span(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
        assertThat(new BodyGenerator(alex, span).generate()).isEqualTo(new BodyGenerator(alex, span).generate());
    }

    @Test
    void givesTheFullKitAdultFiveYearsOfNearDailyWeighInsEndingToday() {
        List<MeasureGroup> groups = weighIns(alex);

        assertThat(groups.size()).isBetween(1400, 1800);
        long newest = groups.stream().mapToLong(MeasureGroup::date).max().orElseThrow();
        long oldest = groups.stream().mapToLong(MeasureGroup::date).min().orElseThrow();
        assertThat(newest).isBetween(NOW.getEpochSecond() - 3 * 86_400, NOW.getEpochSecond());
        assertThat(oldest).isLessThan(NOW.getEpochSecond() - (long) (4.9 * 365 * 86_400));
        assertThat(groups).allMatch(g -> g.created() >= g.date() && g.modified() >= g.created());
    }

    @Test
    void keepsWeightsPlausibleAndHeavierOnMondaysThanOnFridays() {
        List<MeasureGroup> groups = weighIns(alex);
        Map<DayOfWeek, Double> byDay = groups.stream().collect(Collectors.groupingBy(
                g -> Instant.ofEpochSecond(g.date()).atZone(alex.zone()).getDayOfWeek(),
                Collectors.averagingDouble(BodyGeneratorTests::kg)));

        assertThat(groups).allSatisfy(g -> assertThat(kg(g)).isBetween(70.0, 100.0));
        assertThat(byDay.get(DayOfWeek.MONDAY)).isGreaterThan(byDay.get(DayOfWeek.FRIDAY) + 0.2);
    }

    @Test
    void variesWeightUnitExponentsAndRepeatsSomeGrpidsWithAttrib8() {
        List<MeasureGroup> groups = weighIns(alex);
        Map<Long, List<MeasureGroup>> byGrpid = groups.stream()
                .collect(Collectors.groupingBy(MeasureGroup::grpid));

        assertThat(groups.stream().map(g -> g.measures().get(0).unit()).distinct()).contains(-2, -3, -4);
        List<List<MeasureGroup>> twins = byGrpid.values().stream().filter(l -> l.size() == 2).toList();
        assertThat(twins).isNotEmpty();
        assertThat(twins).allSatisfy(t -> assertThat(t).extracting(MeasureGroup::attrib).containsExactlyInAnyOrder(0, 8));
    }

    @Test
    void addsSegmentalCompositionOnlySinceTheBodyScan() {
        List<MeasureGroup> groups = weighIns(alex);

        MeasureGroup newest = groups.stream().max(Comparator.comparingLong(MeasureGroup::date)).orElseThrow();
        MeasureGroup oldest = groups.stream().min(Comparator.comparingLong(MeasureGroup::date)).orElseThrow();
        assertThat(newest.device().modelId()).isEqualTo(Device.BODY_SCAN);
        assertThat(newest.measures()).extracting(Measure::type).contains(1, 5, 6, 8, 76, 77, 88, 170, 155, 168, 169,
                226, 173, 174, 175);
        assertThat(newest.measures().stream().filter(m -> m.type() == 173).map(Measure::position))
                .containsExactlyInAnyOrder(2, 3, 10, 11, 12);
        assertThat(newest.measures().stream().filter(m -> m.position() == Measure.WHOLE_BODY).map(Measure::type))
                .as("whole-body composition at position 7, fat and muscle mass repeated")
                .containsExactlyInAnyOrder(5, 8, 8, 76, 76, 77, 88, 168, 169, 170, 226);
        assertThat(newest.measures().stream().filter(m -> m.position() < 0).map(Measure::type))
                .containsExactlyInAnyOrder(1, 6, 155, 91, 11);
        assertThat(newest.measures().stream().filter(m -> m.type() == 8).map(Measure::value).distinct())
                .as("the repeat carries the same value").hasSize(1);
        assertThat(oldest.device().modelId()).isEqualTo(Device.BODY_PLUS);
        assertThat(oldest.measures()).allSatisfy(m -> assertThat(m.position()).isEqualTo(-1));
        assertThat(oldest.measures()).extracting(Measure::type).containsExactlyInAnyOrder(1, 5, 6, 8, 76, 77, 88);
    }

    @Test
    void givesTheBodyScanOwnerAGuidedNerveHealthAssessmentEveryFourWeeks() {
        List<MeasureGroup> assessments = uploaded(alex).stream()
                .filter(g -> g.attrib() == MeasureGroup.ATTRIB_GUIDED || g.attrib() == MeasureGroup.ATTRIB_GUIDED_17)
                .sorted(Comparator.comparingLong(MeasureGroup::date)).toList();

        assertThat(assessments).hasSizeBetween(24, 26);
        assertThat(assessments).extracting(MeasureGroup::attrib).as("attrib 17 now and then, as in real data")
                .contains(MeasureGroup.ATTRIB_GUIDED, MeasureGroup.ATTRIB_GUIDED_17);
        assertThat(assessments).allSatisfy(g -> {
            assertThat(g.measures()).extracting(Measure::type).containsExactly(167, 158, 159, 196, 197, 198);
            assertThat(g.device().modelId()).isEqualTo(Device.BODY_SCAN);
            assertThat(g.measures().get(0).decimal().doubleValue()).isBetween(50.0, 100.0);
            assertThat(g.measures().get(3).unit()).isEqualTo(-3);
            assertThat(Instant.ofEpochSecond(g.date()).atZone(alex.zone()).getHour()).isBetween(18, 19);
        });
        for (int i = 1; i < assessments.size(); i++) {
            assertThat(assessments.get(i).date() - assessments.get(i - 1).date())
                    .isBetween(27 * 86_400L, 29 * 86_400L);
        }
        assertThat(weighIns(alex)).noneMatch(g -> g.hasType(167));
    }

    @Test
    void keepsCompositionConsistentWithTheWeight() {
        MeasureGroup group = weighIns(alex).get(100);
        Map<Integer, Double> values = group.measures().stream().filter(Measure::wholeBody)
                .collect(Collectors.toMap(Measure::type, m -> m.decimal().doubleValue(), (a, b) -> a));

        assertThat(values.get(5) + values.get(8)).isCloseTo(values.get(1), Offset.offset(0.05));
        assertThat(values.get(6)).isBetween(15.0, 35.0);
    }

    @Test
    void givesTheSharedScaleUserAmbiguousAndManualEntries() {
        List<MeasureGroup> groups = uploaded(Personas.byId("sam").orElseThrow());
        Map<Integer, Long> byAttrib = groups.stream()
                .collect(Collectors.groupingBy(MeasureGroup::attrib, Collectors.counting()));

        assertThat(byAttrib.get(MeasureGroup.ATTRIB_AMBIGUOUS)).isGreaterThan(10);
        assertThat(byAttrib.get(MeasureGroup.ATTRIB_MANUAL)).isGreaterThan(10);
        assertThat(groups).filteredOn(g -> g.attrib() == MeasureGroup.ATTRIB_MANUAL)
                .allMatch(g -> g.device() == null);
    }

    @Test
    void givesTheSharedScaleUserSomeWeighInsSheConfirmedWithAttrib7() {
        Persona sam = Personas.byId("sam").orElseThrow();
        List<MeasureGroup> groups = weighIns(sam);
        List<MeasureGroup> confirmed = groups.stream().filter(g -> g.attrib() == MeasureGroup.ATTRIB_CONFIRMED)
                .toList();
        double ownAverage = groups.stream().filter(g -> g.attrib() == MeasureGroup.ATTRIB_DEVICE)
                .mapToDouble(BodyGeneratorTests::kg).average().orElseThrow();

        assertThat(confirmed).hasSizeGreaterThan(10);
        assertThat(confirmed).allSatisfy(g -> {
            assertThat(g.device()).isNotNull();
            assertThat(kg(g)).as("her own weight, not the other user's").isCloseTo(ownAverage, Offset.offset(6.0));
        });
        assertThat(weighIns(alex)).as("a scale of one user needs no confirmation")
                .noneMatch(g -> g.attrib() == MeasureGroup.ATTRIB_CONFIRMED);
    }

    @Test
    void givesTheNewAccountNoData() {
        assertThat(uploaded(Personas.byId("nina").orElseThrow())).isEmpty();
    }

    private static double kg(MeasureGroup g) {
        return g.measures().stream().filter(m -> m.type() == 1).findFirst().map(Measure::decimal)
                .map(BigDecimal::doubleValue).orElseThrow();
    }

}
