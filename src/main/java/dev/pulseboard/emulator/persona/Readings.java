package dev.pulseboard.emulator.persona;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Ecg;
import dev.pulseboard.emulator.data.Measure;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.data.Workout;
import dev.pulseboard.emulator.generator.ActivityGenerator;
import dev.pulseboard.emulator.generator.SleepGenerator;
import dev.pulseboard.emulator.notify.Notifier;
import dev.pulseboard.emulator.notify.NotifyEndpoint;

/**
 * Adds and deletes data at run time (the admin API) and tells subscribers, as an upload to Withings would: appli 1
 * for weight and body composition, 2 for temperature, 4 for blood pressure, heart rate and SpO2, 54 for ECG results,
 * 58 for glucose, 44 for a night, 16 for an activity day or a workout. Everything added is uploaded "now" (its
 * {@code created}/{@code modified} is the emulator's time), and so is an edit's {@code modified}. A deletion leaves
 * no tombstone, as in Withings: the group
 * just stops being returned.
 */
@Component
public class Readings {

    private static final Set<Integer> TEMPERATURE = Set.of(12, 71, 73);
    private static final Set<Integer> CARDIO = Set.of(9, 10, 11, 54);
    private static final Set<Integer> ECG = Set.of(130, 135, 136, 137, 138, 139);
    /** The blood pressure a BPM Core takes with an ECG added through the admin API, mmHg. */
    static final int ECG_SYSTOLE = 120;
    static final int ECG_DIASTOLE = 80;

    private final PersonaStore store;
    private final Notifier notifier;
    private final EmulatorClock clock;

    Readings(PersonaStore store, Notifier notifier, EmulatorClock clock) {
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    static int appli(int type) {
        if (TEMPERATURE.contains(type)) {
            return 2;
        }
        if (CARDIO.contains(type)) {
            return 4;
        }
        return ECG.contains(type) ? 54 : type == 119 ? 58 : 1;
    }

    /** Adds a device reading (attrib 0, on the persona's matching device; manual when it has none); answers the grpid. */
    public long add(String userId, int type, BigDecimal value, long time) {
        UserData user = store.user(userId);
        long now = clock.epochSecond();
        Device device = user.persona().devices().stream().filter(d -> fits(d, type)).findFirst().orElse(null);
        long grpid = user.nextAdminId(3_000_000_000L);
        user.edit(h -> h.withGroup(new MeasureGroup(grpid, device == null ? MeasureGroup.ATTRIB_MANUAL
                : MeasureGroup.ATTRIB_DEVICE, time, now, now, MeasureGroup.REAL, device,
                List.of(measure(type, value, -1)))));
        tell(userId, appli(type), time, time + 1, null, Timeline.Upload.of(device));
        return grpid;
    }

    /** Deletes a visible group; false when the user has no such group. */
    public boolean delete(String userId, long grpid) {
        UserData user = store.user(userId);
        List<MeasureGroup> gone = store.view(userId).groups().stream().filter(g -> g.grpid() == grpid).toList();
        if (gone.isEmpty()) {
            return false;
        }
        user.edit(h -> h.withoutGroups(g -> g.grpid() == grpid));
        MeasureGroup first = gone.get(0);
        tell(userId, first.measures().isEmpty() ? 1 : appli(first.measures().get(0).type()), first.date(),
                first.date() + 1, null, Timeline.Upload.of(first.device()));
        return true;
    }

    /**
     * Edits a visible group as someone editing it in the Withings app, or Withings reprocessing it, would: the
     * measures of the types in {@code values} take those values (a type the group lacks is added, whole-body), those
     * of the types in {@code removed} go, the group keeps its grpid and date and its {@code modified} becomes now, and
     * subscribers are told. False when the user has no such group.
     */
    public boolean edit(String userId, long grpid, Map<Integer, BigDecimal> values, Set<Integer> removed) {
        UserData user = store.user(userId);
        List<MeasureGroup> before = store.view(userId).groups().stream().filter(g -> g.grpid() == grpid).toList();
        if (before.isEmpty()) {
            return false;
        }
        long now = clock.epochSecond();
        user.edit(h -> {
            History edited = h.withoutGroups(g -> g.grpid() == grpid);
            for (MeasureGroup g : before) {
                edited = edited.withGroup(g.withMeasures(measures(g.measures(), values, removed), now));
            }
            return edited;
        });
        MeasureGroup first = before.get(0);
        int type = first.measures().isEmpty() ? values.keySet().stream().findFirst().orElse(1)
                : first.measures().get(0).type();
        tell(userId, appli(type), first.date(), first.date() + 1, null, Timeline.Upload.of(first.device()));
        return true;
    }

    /** The user moves their Withings profile to {@code zone} (null: back to the persona's own); nothing is notified. */
    public void moveProfile(String userId, ZoneId zone) {
        store.user(userId).moveProfile(zone);
    }

    private static List<Measure> measures(List<Measure> measures, Map<Integer, BigDecimal> values,
            Set<Integer> removed) {
        List<Measure> result = new ArrayList<>();
        Set<Integer> set = new HashSet<>();
        for (Measure m : measures) {
            if (removed.contains(m.type())) {
                continue;
            }
            BigDecimal value = values.get(m.type());
            result.add(value == null ? m : measure(m.type(), value, m.position()));
            set.add(m.type());
        }
        values.forEach((type, value) -> {
            if (!set.contains(type)) {
                result.add(measure(type, value, -1));
            }
        });
        return result;
    }

    /** A measure of a decimal value, as its integer and its power-of-ten exponent. */
    private static Measure measure(int type, BigDecimal value, int position) {
        BigDecimal stripped = value.stripTrailingZeros();
        int unit = -Math.max(stripped.scale(), 0);
        return new Measure(stripped.movePointRight(-unit).longValueExact(), type, unit, position);
    }

    /** Records a night that began at {@code start} with about {@code hours} asleep (replacing one ending the same day). */
    public long addNight(String userId, long start, double hours) {
        UserData user = store.user(userId);
        Persona persona = user.persona();
        Device device = persona.device(Device.SLEEP_ANALYZER).or(() -> persona.device(Device.SCANWATCH))
                .orElseThrow(() -> new IllegalArgumentException("user " + userId + " has no sleep device"));
        Night night = SleepGenerator.night(user.nextAdminId(2_000_000_000L), null, start, device, hours,
                new SplittableRandom(persona.seed() ^ start));
        Night recorded = night.recorded(localDate(persona, night.end()), clock.epochSecond());
        user.edit(h -> h.withNight(recorded));
        tell(userId, 44, recorded.start(), recorded.end(), null, device.deviceId());
        return recorded.id();
    }

    /** Records a day's activity from its steps (replacing the recorded day of that date). */
    public void putDay(String userId, LocalDate date, int steps) {
        UserData user = store.user(userId);
        Device watch = watch(user);
        ActivityDay day = ActivityGenerator.day(date, watch, steps, null, 74, 58, 118, clock.epochSecond());
        user.edit(h -> h.withDay(day));
        long midnight = date.atStartOfDay(user.persona().zone()).toEpochSecond();
        tell(userId, 16, midnight, midnight + 86_400, null, watch.deviceId());
    }

    /** Records a workout of a Withings category (1 walk, 2 run, 6 bicycling, ...) between two instants. */
    public long addWorkout(String userId, int category, long start, long end) {
        UserData user = store.user(userId);
        Workout workout = ActivityGenerator.workout(user.nextAdminId(9_000_000_000L), category, start, end,
                localDate(user.persona(), start), watch(user), category == Workout.WALK ? 105 : 140,
                clock.epochSecond());
        user.edit(h -> h.withWorkout(workout));
        tell(userId, 16, start, end, null, workout.device().deviceId());
        return workout.id();
    }

    /**
     * Records an ECG at {@code time} on the BPM Core (else the watch); answers the signal id. A BPM Core takes the
     * blood pressure with it, so its ECG carries {@code bloodpressure} (withings-api.md §4.7: "BPM Core only"): here
     * {@value #ECG_SYSTOLE}/{@value #ECG_DIASTOLE} mmHg.
     */
    public long addEcg(String userId, long time, int afib, int heartRate) {
        UserData user = store.user(userId);
        Persona persona = user.persona();
        Device device = persona.device(Device.BPM_CORE).or(() -> persona.device(Device.SCANWATCH))
                .orElseThrow(() -> new IllegalArgumentException("user " + userId + " has no ECG device"));
        boolean cuff = device.modelId() == Device.BPM_CORE;
        Ecg ecg = new Ecg(user.nextAdminId(70_000_000L), time, device, afib, heartRate,
                cuff ? ECG_SYSTOLE : null, cuff ? ECG_DIASTOLE : null, clock.epochSecond());
        user.edit(h -> h.withEcg(ecg));
        tell(userId, 54, time, time + ecg.seconds(), null, device.deviceId());
        return ecg.signalId();
    }

    /** Tells subscribers about uploads the clock has reached (see {@link LiveUploads}). */
    public void tell(String userId, List<Timeline.Upload> uploads) {
        Map<String, Timeline.Upload> merged = new LinkedHashMap<>();
        Persona persona = store.user(userId).persona();
        for (Timeline.Upload u : uploads) {
            String key = (u.appli() == 16 ? "16 " + localDate(persona, u.start()) : String.valueOf(u.appli())) + " "
                    + u.deviceId();
            merged.merge(key, u, (a, b) -> new Timeline.Upload(a.time(), a.appli(), Math.min(a.start(), b.start()),
                    Math.max(a.end(), b.end()), a.deviceId()));
        }
        merged.values().forEach(u -> tell(userId, u.appli(), u.start(), u.end(), null, u.deviceId()));
    }

    /**
     * Sends an appli's notification with the fields Withings documents for it: {@code date} (local YYYY-MM-DD) for
     * activity (16), {@code action} for profile changes (46), {@code date} (epoch s) for bed in/out and inflate
     * events (50-52), {@code startdate}/{@code enddate} for the rest; and {@code deviceid}, "when applicable"
     * (withings-api.md §5): the device's when the change came from one.
     */
    public void tell(String userId, int appli, long startdate, long enddate, String action, String deviceId) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!userId.equals(NotifyEndpoint.APPLICATION)) {
            fields.put("userid", userId);
        }
        fields.put("appli", String.valueOf(appli));
        switch (appli) {
            case 16 -> fields.put("date", localDate(store.user(userId).persona(), startdate).toString());
            case 46 -> fields.put("action", action == null ? "update" : action);
            case 50, 51, 52 -> fields.put("date", String.valueOf(startdate));
            default -> {
                fields.put("startdate", String.valueOf(startdate));
                fields.put("enddate", String.valueOf(enddate));
            }
        }
        if (deviceId != null && appli != 46) {
            fields.put("deviceid", deviceId);
        }
        notifier.notifyUser(userId, appli, fields);
    }

    private static LocalDate localDate(Persona persona, long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(persona.zone()).toLocalDate();
    }

    private static Device watch(UserData user) {
        return Optional.ofNullable(ActivityGenerator.source(user.persona())).orElseThrow(() ->
                new IllegalArgumentException("user " + user.persona().userId() + " has no watch and no activity app"));
    }

    private static boolean fits(Device device, int type) {
        return CARDIO.contains(type) || ECG.contains(type) ? device.modelId() == Device.BPM_CORE
                : device.type().equals("Scale");
    }
}
