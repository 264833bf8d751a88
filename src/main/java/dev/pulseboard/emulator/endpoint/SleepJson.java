package dev.pulseboard.emulator.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.persona.Persona;

/** The JSON shapes of sleep getsummary and sleep get (hypnogram segments with per-minute vitals). */
final class SleepJson {

    /** The sleep get data_fields of withings-api.md §4.5; a watch's night has only {@code hr}. */
    static final List<String> VITALS = List.of("hr", "rr", "snoring", "sdnn_1", "rmssd", "hrv_quality", "mvt_score",
            "chest_movement_rate", "withings_index", "breathing_sounds");

    private SleepJson() {
    }

    static Map<String, Object> summary(Night n, Persona persona) {
        Map<String, Object> data = new LinkedHashMap<>();
        int inBed = n.timeInBed();
        int asleep = n.sleepTime();
        data.put("total_timeinbed", inBed);
        data.put("total_sleep_time", asleep);
        data.put("asleepduration", asleep);
        data.put("lightsleepduration", n.seconds(Night.LIGHT));
        data.put("remsleepduration", n.seconds(Night.REM));
        data.put("deepsleepduration", n.seconds(Night.DEEP));
        data.put("sleep_efficiency", Math.round(1000.0 * asleep / inBed) / 1000.0);
        data.put("sleep_latency", n.latency());
        data.put("wakeup_latency", n.wakeupLatency());
        data.put("wakeupduration", n.seconds(Night.AWAKE));
        data.put("wakeupcount", n.wakeupCount());
        data.put("waso", n.seconds(Night.AWAKE) - n.latency() - n.wakeupLatency());
        data.put("nb_rem_episodes", n.remEpisodes());
        data.put("durationtosleep", n.latency());
        data.put("durationtowakeup", n.wakeupLatency());
        data.put("out_of_bed_count", 0);
        data.put("hr_average", n.hrAverage());
        data.put("hr_min", n.hrMin());
        data.put("hr_max", n.hrMax());
        if (n.monitor()) {
            data.put("rr_average", n.rrAverage());
            data.put("rr_min", n.rrMin());
            data.put("rr_max", n.rrMax());
            data.put("breathing_disturbances_intensity", n.breathingDisturbances());
            data.put("apnea_hypopnea_index", n.breathingDisturbances() / 4);
            data.put("snoring", n.snoring());
            data.put("snoringepisodecount", n.snoring() / 120);
        }
        data.put("sleep_score", n.score());
        measuredBySensor(data, n);
        data.put("night_events", nightEvents(n));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", n.id());
        json.put("timezone", persona.zone().getId());
        json.put("model", n.monitor() ? 32 : 16);
        json.put("model_id", modelId(n));
        json.put("hash_deviceid", n.device().hashDeviceId());
        json.put("startdate", n.start());
        json.put("enddate", n.end());
        json.put("date", n.date().toString());
        json.put("created", n.created());
        json.put("modified", n.created());
        json.put("completed", true);
        json.put("data", data);
        return json;
    }

    /**
     * The rest of withings-api.md §4.6's data fields, for the nights of the devices that measure them: breathing,
     * movement and heart-rate variability from a Sleep Analyzer; the core body temperature (with its string status
     * "unknown", "usual" or "elevated") from a watch. Drawn from a random stream of the night's own, so that every
     * other value stays as it was.
     */
    private static void measuredBySensor(Map<String, Object> data, Night n) {
        SplittableRandom random = new SplittableRandom(n.id() * 31 + 46);
        if (n.monitor()) {
            int apneaHypopnea = n.breathingDisturbances() / 4;
            data.put("withings_index", 60 + random.nextInt(36));
            data.put("breathing_quality_assessment", apneaHypopnea < 5 ? 0 : apneaHypopnea < 15 ? 1 : 2);
            data.put("mvt_score_avg", tenths(0.6 + random.nextDouble() * 2));
            data.put("mvt_active_duration", n.seconds(Night.AWAKE) / 2 + random.nextInt(600));
            double rmssd = 38 + random.nextGaussian() * 6;
            data.put("rmssd_start_avg", tenths(rmssd));
            data.put("rmssd_end_avg", tenths(rmssd + 4 + random.nextDouble() * 6));
            double breathing = n.rrAverage() + random.nextDouble() - 0.5;
            for (String prefix : List.of("chest_movement_rate_", "chest_movement_rate_wellness_")) {
                data.put(prefix + "average", tenths(breathing));
                data.put(prefix + "min", tenths(n.rrMin()));
                data.put(prefix + "max", tenths(n.rrMax()));
            }
            data.put("breathing_sounds", n.snoring());
            data.put("breathing_sounds_episode_count", n.snoring() / 120);
        } else if (n.device().modelId() == Device.SCANWATCH) {
            double r = random.nextDouble();
            String status = r < 0.05 ? "unknown" : r < 0.92 ? "usual" : "elevated";
            if (!status.equals("unknown")) {
                double average = 36.6 + (status.equals("elevated") ? 0.7 : 0) + random.nextGaussian() * 0.1;
                data.put("core_body_temperature_min", tenths(average - 0.3 - random.nextDouble() * 0.2));
                data.put("core_body_temperature_max", tenths(average + 0.3 + random.nextDouble() * 0.2));
                data.put("core_body_temperature_avg", tenths(average));
            }
            data.put("core_body_temperature_status", status);
        }
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A Sleep Analyzer's night names its sensor (63), not the device's getdevice id (13), as Withings does. */
    private static int modelId(Night n) {
        return n.monitor() ? Device.AURA_SENSOR_V2 : n.device().modelId();
    }

    private static Map<String, List<Integer>> nightEvents(Night n) {
        Map<String, List<Integer>> events = new LinkedHashMap<>();
        events.put("1", List.of(0));
        events.put("2", List.of(n.latency()));
        List<Integer> woke = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < n.states().length; i++) {
            if (i > 0 && n.states()[i] == Night.AWAKE) {
                woke.add(offset);
            }
            offset += n.durations()[i];
        }
        events.put("3", woke);
        events.put("4", List.of(n.timeInBed()));
        return events;
    }

    /** The segments of a night that start in [from, to), with the asked-for vitals, one value per minute. */
    static List<Map<String, Object>> segments(Night n, long from, long to, List<String> fields) {
        List<Map<String, Object>> segments = new ArrayList<>();
        long start = n.start();
        for (int i = 0; i < n.states().length; i++) {
            long end = start + n.durations()[i];
            int state = n.states()[i];
            if (start >= from && start < to) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("startdate", start);
                json.put("enddate", end);
                json.put("state", state);
                json.put("model", n.monitor() ? "Aura Sensor V2" : n.device().model());
                json.put("model_id", modelId(n));
                json.put("hash_deviceid", n.device().hashDeviceId());
                for (String field : fields) {
                    if (VITALS.contains(field) && (n.monitor() || field.equals("hr"))) {
                        // One random stream per night, field and segment: a value is the same whatever else is asked.
                        SplittableRandom random = new SplittableRandom(
                                n.id() * 31 + field.hashCode() * 1_000_003L + start);
                        json.put(field, vital(field, n, state, start, end, random));
                    }
                }
                segments.add(json);
            }
            start = end;
        }
        return segments;
    }

    private static Map<String, Integer> vital(String field, Night n, int state, long start, long end,
            SplittableRandom random) {
        Map<String, Integer> series = new LinkedHashMap<>();
        for (long t = start; t < end; t += 60) {
            double g = random.nextGaussian();
            int value = switch (field) {
                case "hr" -> (int) Math.round(n.hrAverage() + (state == Night.AWAKE ? 6 : state == Night.DEEP ? -4 : 0)
                        + 2 * g);
                case "rr", "chest_movement_rate" -> (int) Math.round(n.rrAverage() + (state == Night.REM ? 1 : 0) + g);
                case "snoring", "breathing_sounds" -> state == Night.AWAKE || n.snoring() == 0 ? 0
                        : Math.max(0, (int) Math.round(5 * g));
                // How trustworthy the minute's heart-rate variability is: 0 (none, moving) to 3 (good, still).
                case "hrv_quality" -> state == Night.AWAKE ? Math.abs(g) < 1 ? 1 : 0 : Math.abs(g) < 1.5 ? 3 : 2;
                case "withings_index" -> Math.max(0, (int) Math.round(n.breathingDisturbances() / 4.0 + 2 * g));
                case "mvt_score" -> state == Night.AWAKE ? 20 + (int) Math.abs(10 * g) : (int) Math.abs(3 * g);
                default -> (int) Math.round(45 + (state == Night.DEEP ? 15 : 0) + 8 * g);
            };
            series.put(String.valueOf(t), value);
        }
        return series;
    }
}
