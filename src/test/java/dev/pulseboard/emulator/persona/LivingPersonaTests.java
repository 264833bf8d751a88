package dev.pulseboard.emulator.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Ecg;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.data.Workout;

class LivingPersonaTests {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final long T0 = NOW.getEpochSecond();
    private static final Persona ALEX = Personas.byId("alex").orElseThrow();

    @Test
    void aFixedClockGivesIdenticalData() {
        UserView first = UserData.generate(ALEX, NOW, true).at(T0);
        UserView second = UserData.generate(ALEX, NOW, true).at(T0);

        assertThat(second.groups()).isEqualTo(first.groups());
        assertThat(second.nights()).extracting(Night::start).isEqualTo(first.nights().stream().map(Night::start).toList());
        assertThat(second.workouts()).isEqualTo(first.workouts());
        assertThat(second.ecgs()).isEqualTo(first.ecgs());
    }

    @Test
    void historyIsGeneratedAheadOfTheClockButOnlyUploadsShow() {
        UserData alex = UserData.generate(ALEX, NOW, true);
        UserView view = alex.at(T0);

        assertThat(alex.history().groups().size()).isGreaterThan(view.groups().size());
        assertThat(view.groups()).allSatisfy(g -> assertThat(g.created()).isLessThanOrEqualTo(T0));
        assertThat(view.groups()).allSatisfy(g -> assertThat(g.modified()).isLessThanOrEqualTo(T0));
        assertThat(view.nights()).allSatisfy(n -> assertThat(n.created()).isLessThanOrEqualTo(T0));
        assertThat(view.days()).allSatisfy(d -> assertThat(d.modified()).isLessThanOrEqualTo(T0));
        assertThat(view.workouts()).allSatisfy(w -> assertThat(w.modified()).isLessThanOrEqualTo(T0));
        assertThat(view.ecgs()).allSatisfy(e -> assertThat(e.modified()).isLessThanOrEqualTo(T0));
        LocalDate today = NOW.atZone(ALEX.zone()).toLocalDate();
        ActivityDay partial = view.days().get(view.days().size() - 1);
        assertThat(partial.date()).isEqualTo(today);
        ActivityDay whole = alex.history().days().stream().filter(d -> d.date().equals(today)).findFirst().orElseThrow();
        assertThat(partial.steps()).isLessThan(whole.steps()).isPositive();
    }

    @Test
    void theHomeProtocolGoesOnAfterTodayOnlyWhenAsked() {
        LocalDate anchor = LocalDate.of(2026, 11, 23);
        Span ahead = new Span(anchor, anchor.plusDays(14), true);
        Span usual = new Span(anchor, anchor.plusDays(14), false);
        Map<LocalDate, Long> withProtocol = bloodPressuresByDay(PersonaGenerator.generate(ALEX, ahead));
        Map<LocalDate, Long> withoutIt = bloodPressuresByDay(PersonaGenerator.generate(ALEX, usual));

        for (LocalDate day = anchor.minusDays(27); !day.isAfter(anchor); day = day.plusDays(1)) {
            assertThat(withoutIt.get(day)).as("the four readings of %s", day).isEqualTo(4L)
                    .isEqualTo(withProtocol.get(day));
        }
        for (LocalDate day = anchor.plusDays(1); !day.isAfter(anchor.plusDays(14)); day = day.plusDays(1)) {
            assertThat(withProtocol.get(day)).as("the protocol on %s", day).isEqualTo(4L);
            assertThat(withoutIt.getOrDefault(day, 0L)).as("a usual morning on %s", day).isLessThanOrEqualTo(1L);
        }
        assertThat(withoutIt.entrySet().stream().filter(e -> e.getKey().isAfter(anchor)).mapToLong(Map.Entry::getValue)
                .sum()).as("usual mornings measured").isPositive();
    }

    private static Map<LocalDate, Long> bloodPressuresByDay(History history) {
        return history.groups().stream().filter(g -> g.measures().stream().anyMatch(m -> m.type() == 10))
                .collect(Collectors.groupingBy(g -> Instant.ofEpochSecond(g.date()).atZone(ALEX.zone()).toLocalDate(),
                        Collectors.counting()));
    }

    @Test
    void extendingTheHistoryKeepsItsPast() {
        LocalDate anchor = LocalDate.of(2026, 11, 23);
        History shorter = PersonaGenerator.generate(ALEX, new Span(anchor, anchor.plusDays(7)));
        History longer = PersonaGenerator.generate(ALEX, new Span(anchor, anchor.plusDays(90)));

        History extended = shorter.extendedBy(longer, ALEX.zone());

        assertThat(extended.groups()).isEqualTo(longer.groups());
        assertThat(extended.nights()).extracting(Night::id).isEqualTo(longer.nights().stream().map(Night::id).toList());
        assertThat(extended.days()).extracting(ActivityDay::modified)
                .isEqualTo(longer.days().stream().map(ActivityDay::modified).toList());
        assertThat(extended.workouts()).isEqualTo(longer.workouts());
        assertThat(extended.ecgs()).isEqualTo(longer.ecgs());
    }

    @Test
    void theClockMovingPastTheGeneratedDaysExtendsTheHistory() {
        UserData alex = UserData.generate(ALEX, NOW, true);
        List<MeasureGroup> before = alex.at(T0).groups();

        UserView later = alex.at(T0 + 40 * 86_400);

        assertThat(later.days().get(later.days().size() - 1).date())
                .isEqualTo(NOW.plusSeconds(40 * 86_400).atZone(ALEX.zone()).toLocalDate());
        assertThat(later.groups()).containsAll(before.stream().filter(g -> g.modified() == g.created()).toList());
        assertThat(later.groups().size()).isGreaterThan(before.size() + 15);
    }

    @Test
    void aGroupEditedLaterKeepsItsFirstModifiedUntilTheEdit() {
        UserData alex = UserData.generate(ALEX, NOW, true);
        MeasureGroup edited = alex.at(T0).groups().stream().filter(g -> g.modified() > g.created()).findFirst()
                .orElseThrow();

        MeasureGroup before = find(alex.at(edited.modified() - 1), edited);
        MeasureGroup after = find(alex.at(edited.modified()), edited);

        assertThat(before.modified()).isEqualTo(edited.created());
        assertThat(after.modified()).isEqualTo(edited.modified());
    }

    private static MeasureGroup find(UserView view, MeasureGroup wanted) {
        return view.groups().stream().filter(g -> g.grpid() == wanted.grpid() && g.attrib() == wanted.attrib())
                .findFirst().orElseThrow();
    }

    /** What a client stores of one data type: item by key, synced with lastupdate = the newest modified it has. */
    private static final class Synced<T> {
        final Map<Object, T> items = new HashMap<>();
        final Map<Object, Long> modified = new HashMap<>();
        private final Function<T, Object> key;
        private final ToLongFunction<T> modifiedOf;

        Synced(Function<T, Object> key, ToLongFunction<T> modifiedOf) {
            this.key = key;
            this.modifiedOf = modifiedOf;
        }

        void sync(List<T> visible) {
            long lastupdate = modified.values().stream().mapToLong(Long::longValue).max().orElse(-1);
            visible.stream().filter(t -> modifiedOf.applyAsLong(t) > lastupdate).forEach(t -> {
                items.put(key.apply(t), t);
                modified.put(key.apply(t), modifiedOf.applyAsLong(t));
            });
        }

        Map<Object, Long> expected(List<T> visible) {
            return visible.stream().collect(Collectors.toMap(key, modifiedOf::applyAsLong));
        }
    }

    @Test
    void anIncrementalClientAskingLastupdateMaxModifiedMissesNothing() {
        UserData alex = UserData.generate(ALEX, NOW, true);
        Synced<MeasureGroup> groups = new Synced<>(g -> g.grpid() + "/" + g.attrib(), MeasureGroup::modified);
        Synced<Night> nights = new Synced<>(Night::id, Night::created);
        Synced<ActivityDay> days = new Synced<>(ActivityDay::date, ActivityDay::modified);
        Synced<Workout> workouts = new Synced<>(Workout::id, Workout::modified);
        Synced<Ecg> ecgs = new Synced<>(Ecg::signalId, Ecg::modified);
        long end = T0 + 9 * 86_400;
        for (long t = T0 - 86_400; t < end + 37 * 60 + 11; t += 37 * 60 + 11) {
            UserView view = alex.at(Math.min(t, end));
            groups.sync(view.groups());
            nights.sync(view.nights());
            days.sync(view.days());
            workouts.sync(view.workouts());
            ecgs.sync(view.ecgs());
        }
        UserView last = alex.at(end);

        assertThat(groups.modified).isEqualTo(groups.expected(last.groups()));
        assertThat(nights.modified).isEqualTo(nights.expected(last.nights()));
        assertThat(days.modified).isEqualTo(days.expected(last.days()));
        assertThat(workouts.modified).isEqualTo(workouts.expected(last.workouts()));
        assertThat(ecgs.modified).isEqualTo(ecgs.expected(last.ecgs()));
        assertThat(days.items.values()).extracting(ActivityDay::steps)
                .containsExactlyInAnyOrderElementsOf(last.days().stream().map(ActivityDay::steps).toList());
    }

    @Test
    void uploadsCarryTheApplisOfEveryDataType() {
        UserData alex = UserData.generate(ALEX, NOW, true);

        List<Timeline.Upload> uploads = alex.uploadsUpTo(T0 + 30 * 86_400);

        Set<Integer> applis = uploads.stream().map(Timeline.Upload::appli).collect(Collectors.toSet());
        assertThat(applis).contains(1, 4, 16, 44, 54);
        assertThat(uploads).allSatisfy(u -> assertThat(u.time()).isBetween(T0 + 1, T0 + 30 * 86_400));
        assertThat(alex.uploadsUpTo(T0 + 30 * 86_400)).as("each upload happens once").isEmpty();
        Map<Integer, Long> perAppli = uploads.stream().collect(Collectors.groupingBy(Timeline.Upload::appli,
                Collectors.counting()));
        assertThat(perAppli.get(44)).isBetween(25L, 31L);
        assertThat(perAppli.get(16)).as("30 days and the workouts").isGreaterThan(30L);
    }

    @Test
    void aClockMovedBackUploadsAgainWhenItMovesForward() {
        UserData alex = UserData.generate(ALEX, NOW, true);
        List<Timeline.Upload> first = alex.uploadsUpTo(T0 + 3 * 86_400);

        alex.uploadsUpTo(T0);

        assertThat(alex.uploadsUpTo(T0 + 3 * 86_400)).isEqualTo(first);
    }
}
