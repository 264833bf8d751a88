package dev.pulseboard.emulator.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Ecg;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.generator.EcgSignal;

class PersonaGeneratorTests {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final UserView alex = view(Personas.byId("alex").orElseThrow());

    private static UserView view(Persona persona) {
        return UserData.generate(persona, NOW, true).at(NOW.getEpochSecond());
    }

    @Test
    void shortNightsRaiseTheNextDaysRestingHeartRate() {
        Map<LocalDate, Night> nights = alex.nights().stream().collect(Collectors.toMap(Night::date, Function.identity()));
        double afterShort = alex.days().stream().filter(d -> nights.containsKey(d.date())
                && nights.get(d.date()).hoursAsleep() < 6).mapToInt(ActivityDay::hrMin).average().orElseThrow();
        double afterLong = alex.days().stream().filter(d -> nights.containsKey(d.date())
                && nights.get(d.date()).hoursAsleep() > 7.5).mapToInt(ActivityDay::hrMin).average().orElseThrow();

        assertThat(afterShort).isGreaterThan(afterLong + 2);
    }

    @Test
    void shortNightsAlsoRaiseTheNightsHeartRate() {
        double shortNights = alex.nights().stream().filter(n -> n.hoursAsleep() < 6).mapToInt(Night::hrAverage)
                .average().orElseThrow();
        double longNights = alex.nights().stream().filter(n -> n.hoursAsleep() > 7.5).mapToInt(Night::hrAverage)
                .average().orElseThrow();

        assertThat(shortNights).isGreaterThan(longNights + 2);
    }

    @Test
    void everyNightEndsOnTheDayItIsDatedAndSleepsPlausibly() {
        assertThat(alex.nights()).hasSizeGreaterThan(1600).allSatisfy(n -> {
            assertThat(Instant.ofEpochSecond(n.end()).atZone(ZoneId.of("Europe/Paris")).toLocalDate())
                    .isEqualTo(n.date());
            assertThat(n.hoursAsleep()).isBetween(3.0, 10.5);
            assertThat(n.score()).isBetween(20, 98);
        });
    }

    @Test
    void bloodPressureIsPlausibleAndEcgsAreMostlyNegative() {
        List<MeasureGroup> bp = alex.groups().stream().filter(g -> g.hasType(10)).toList();
        assertThat(bp).hasSizeGreaterThan(800).allSatisfy(g -> {
            long sys = g.measures().stream().filter(m -> m.type() == 10).findFirst().orElseThrow().value();
            long dia = g.measures().stream().filter(m -> m.type() == 9).findFirst().orElseThrow().value();
            assertThat(sys).isBetween(88L, 175L);
            assertThat(dia).isBetween(50L, 115L).isLessThan(sys);
            assertThat(sys - dia).as("a pulse pressure a doctor would not take for a fault of the cuff").isBetween(25L,
                    75L);
        });
        Set<String> readings = bp.stream().map(g -> g.date() + " " + g.measures().stream()
                .filter(m -> m.type() == 10).findFirst().orElseThrow().value()).collect(Collectors.toSet());
        assertThat(alex.ecgs()).filteredOn(e -> e.systole() != null).isNotEmpty()
                .as("a BPM Core's ECG carries the blood pressure of its session's reading")
                .allSatisfy(e -> assertThat(readings).contains(e.timestamp() + " " + e.systole()));
        assertThat(bp).extracting(MeasureGroup::attrib).as("the cuff's auto mode (attrib 5) now and then")
                .containsOnly(MeasureGroup.ATTRIB_DEVICE, MeasureGroup.ATTRIB_BPM_AUTO)
                .contains(MeasureGroup.ATTRIB_BPM_AUTO);
        assertThat(bp).filteredOn(g -> g.attrib() == MeasureGroup.ATTRIB_BPM_AUTO).hasSizeBetween(20, 200)
                .noneMatch(g -> g.hasType(130));
        long negative = alex.ecgs().stream().filter(e -> e.afib() == 0).count();
        assertThat(alex.ecgs()).hasSizeGreaterThan(100);
        assertThat((double) negative / alex.ecgs().size()).isGreaterThan(0.85);
    }

    @Test
    void theFullKitPersonaMeasuresBloodPressureByTheHomeProtocolInItsLatestWeeks() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Map<LocalDate, List<ZonedDateTime>> byDay = alex.groups().stream().filter(g -> g.hasType(10))
                .map(g -> Instant.ofEpochSecond(g.date()).atZone(paris))
                .collect(Collectors.groupingBy(ZonedDateTime::toLocalDate));
        LocalDate today = NOW.atZone(paris).toLocalDate();
        for (LocalDate day = today.minusDays(21); day.isBefore(today); day = day.plusDays(1)) {
            List<ZonedDateTime> readings = byDay.getOrDefault(day, List.of()).stream().sorted().toList();
            assertThat(readings).as("readings of " + day).hasSize(4);
            assertThat(readings.subList(0, 2)).allSatisfy(t -> assertThat(t.getHour()).isLessThan(12));
            assertThat(readings.subList(2, 4)).allSatisfy(t -> assertThat(t.getHour()).isGreaterThanOrEqualTo(12));
            assertThat(readings.get(1).toEpochSecond() - readings.get(0).toEpochSecond()).isBetween(60L, 90L);
            assertThat(readings.get(3).toEpochSecond() - readings.get(2).toEpochSecond()).isBetween(60L, 90L);
        }
    }

    @Test
    void theAucklandPersonaKeepsLocalMorningsAcrossDaylightSavingChanges() {
        Persona aroha = Personas.byId("aroha").orElseThrow();
        UserView data = view(aroha);
        List<ZonedDateTime> weighIns = data.groups().stream()
                .filter(g -> g.category() == MeasureGroup.REAL && g.hasType(1))
                .map(g -> Instant.ofEpochSecond(g.date()).atZone(aroha.zone())).toList();
        Set<Integer> offsets = weighIns.stream().map(z -> z.getOffset().getTotalSeconds() / 3600)
                .collect(Collectors.toSet());

        assertThat(offsets).containsExactlyInAnyOrder(12, 13);
        assertThat(weighIns).allSatisfy(z -> assertThat(z.getHour()).isBetween(4, 11));
        assertThat(data.days()).isNotEmpty();
        assertThat(data.nights()).allSatisfy(n -> assertThat(n.monitor()).isFalse());
    }

    @Test
    void theNewAccountHasNothingAnywhere() {
        UserView nina = view(Personas.byId("nina").orElseThrow());

        assertThat(nina.groups()).isEmpty();
        assertThat(nina.nights()).isEmpty();
        assertThat(nina.days()).isEmpty();
        assertThat(nina.ecgs()).isEmpty();
    }

    @Test
    void anAfibSignalHasIrregularBeatsAndTheRightLength() {
        Ecg any = alex.ecgs().get(0);
        Ecg positive = new Ecg(1, 0, any.device(), 1, 80, null, null, 0);

        int[] signal = EcgSignal.of(positive);

        assertThat(signal).hasSize(positive.samplingFrequency() * positive.seconds());
        assertThat(Arrays.stream(signal).max().orElseThrow()).isBetween(900, 1600);
    }
}
