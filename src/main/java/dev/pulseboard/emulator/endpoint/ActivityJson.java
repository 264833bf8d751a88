package dev.pulseboard.emulator.endpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Workout;
import dev.pulseboard.emulator.generator.IntradayGenerator;
import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.UserView;

/** The JSON shapes of getactivity, getworkouts and getintradayactivity. */
final class ActivityJson {

    private static final List<String> DAY_META = List.of("date", "timezone", "deviceid", "hash_deviceid", "brand",
            "is_tracker", "modified", "model", "modelid");

    private static final int WITHINGS_BRAND = 1;
    private static final int EXTERNAL_BRAND = 18;

    private ActivityJson() {
    }

    static Map<String, Object> day(ActivityDay d, Persona persona) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", d.date().toString());
        json.put("timezone", persona.zone().getId());
        json.put("deviceid", d.device().deviceId());
        json.put("hash_deviceid", d.device().hashDeviceId());
        json.put("brand", d.device().external() ? EXTERNAL_BRAND : WITHINGS_BRAND);
        json.put("is_tracker", !d.device().external());
        json.put("modified", d.modified());
        json.put("model", d.device().model());
        json.put("modelid", d.device().modelId());
        json.put("steps", d.steps());
        json.put("distance", d.distance());
        json.put("elevation", d.elevation());
        json.put("soft", d.soft());
        json.put("moderate", d.moderate());
        json.put("intense", d.intense());
        json.put("active", d.moderate() + d.intense());
        json.put("calories", d.calories());
        json.put("totalcalories", d.totalCalories());
        json.put("hr_average", d.hrAverage());
        json.put("hr_min", d.hrMin());
        json.put("hr_max", d.hrMax());
        for (int z = 0; z < 4; z++) {
            json.put("hr_zone_" + z, d.zones()[z]);
        }
        return json;
    }

    /** A day keeps its identifying fields whatever data_fields asks; a workout projects only its data object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> projected(Map<String, Object> json, V2Query query) {
        if (query.fields().isEmpty()) {
            return json;
        }
        Map<String, Object> kept = new LinkedHashMap<>(json);
        if (json.get("data") instanceof Map<?, ?> data) {
            kept.put("data", query.project((Map<String, Object>) data));
            return kept;
        }
        kept.keySet().removeIf(k -> !DAY_META.contains(k) && !query.fields().contains(k));
        return kept;
    }

    static Map<String, Object> workout(Workout w, Persona persona) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("calories", w.calories());
        data.put("intensity", w.category() == Workout.WALK ? 30 : 70);
        data.put("manual_distance", 0);
        data.put("manual_calories", 0);
        data.put("hr_average", w.hrAverage());
        data.put("hr_min", w.hrMin());
        data.put("hr_max", w.hrMax());
        int seconds = (int) (w.end() - w.start());
        data.put("hr_zone_0", seconds / 10);
        data.put("hr_zone_1", seconds * 3 / 10);
        data.put("hr_zone_2", seconds * 4 / 10);
        data.put("hr_zone_3", seconds - seconds / 10 - seconds * 3 / 10 - seconds * 4 / 10);
        data.put("pause_duration", 0);
        data.put("algo_pause_duration", null);
        data.put("spo2_average", null);
        // Counts that OAS types as ints come as floats in real workouts (OW imports.py): "steps": 3120.0.
        data.put("steps", (double) w.steps());
        data.put("distance", w.distance());
        data.put("elevation", (double) w.elevation());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", w.id());
        json.put("category", w.category());
        json.put("timezone", persona.zone().getId());
        json.put("model", w.device().modelId());
        json.put("attrib", w.device().external() ? 0 : 7);
        json.put("startdate", w.start());
        json.put("enddate", w.end());
        json.put("date", w.date().toString());
        json.put("deviceid", w.device().deviceId());
        json.put("modified", w.modified());
        json.put("data", data);
        return json;
    }

    /**
     * Minutes from {@code from} to {@code to} (epoch s) with data, keyed by epoch seconds as strings; none at all is
     * {@code []}, as Withings writes an empty object (withings-api.md §1, the empty intraday answer recorded).
     */
    static Object intraday(UserView user, long from, long to, List<String> fields) {
        Map<Long, Map<String, Object>> series = new TreeMap<>();
        Persona persona = user.persona();
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochSecond(from), persona.zone());
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochSecond(to), persona.zone());
        for (ActivityDay day : user.days()) {
            // Another app's days (Google Fit) come without a minute-by-minute series.
            if (day.date().isBefore(first) || day.date().isAfter(last) || day.device().external()) {
                continue;
            }
            List<Workout> workouts = user.workouts().stream().filter(w -> w.date().equals(day.date())).toList();
            IntradayGenerator.Minutes minutes = IntradayGenerator.day(persona, day, workouts, day.hrMin());
            long midnight = day.date().atStartOfDay(persona.zone()).toEpochSecond();
            // A day of 23 hours (the spring's clock change) ends before its 1,440th minute; the night is read on the
            // local clock, which skips an hour that day.
            long end = day.date().plusDays(1).atStartOfDay(persona.zone()).toEpochSecond();
            for (int m = 0; m < 1440 && midnight + m * 60L < end; m++) {
                long t = midnight + m * 60L;
                boolean night = LocalTime.ofInstant(Instant.ofEpochSecond(t), persona.zone()).getHour() < 7;
                Map<String, Object> minute = t >= from && t < to
                        ? minute(day.device(), minutes, t, m, night, fields) : null;
                if (minute != null) {
                    series.put(t, minute);
                }
            }
        }
        if (series.isEmpty()) {
            return List.of();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        series.forEach((t, v) -> json.put(String.valueOf(t), v));
        return json;
    }

    /**
     * What a watch adds to some of its heart-rate minutes (withings-api.md §4.3): every half hour a heart-rate
     * variability reading ({@code rmssd}, {@code sdnn1} in ms and its {@code hrv_quality}, 0 to 3), and in the night
     * hours (before 07:00, local) the respiratory rate {@code rr}. Drawn from the minute's own random stream, so that
     * the other fields stay as they were.
     */
    private static void heartRateVariability(Map<String, Object> data, int heartRate, long t, int m, boolean night) {
        if (m % 30 != 0 && !night) {
            return;
        }
        SplittableRandom random = new SplittableRandom(t * 31 + heartRate);
        if (m % 30 == 0) {
            double rmssd = Math.max(8, 95 - heartRate + random.nextGaussian() * 6);
            data.put("rmssd", Math.round(rmssd * 10) / 10.0);
            data.put("sdnn1", Math.round(rmssd * 12) / 10.0);
            data.put("hrv_quality", heartRate > 100 ? 1 : 2 + random.nextInt(2));
        }
        if (night) {
            data.put("rr", 12 + random.nextInt(5));
        }
    }

    /** One minute's entry, or null when the minute has none of the asked-for data. */
    private static Map<String, Object> minute(Device device, IntradayGenerator.Minutes minutes, long t, int m,
            boolean night, List<String> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        int steps = minutes.steps()[m];
        if (steps > 0) {
            data.put("steps", steps);
            data.put("elevation", steps > 90 ? 1 : 0);
            data.put("calories", Math.round(steps * 0.04 * 100) / 100.0);
            data.put("distance", Math.round(steps * 0.76 * 10) / 10.0);
            data.put("duration", 60);
        }
        if (minutes.heartRate()[m] > 0) {
            data.put("heart_rate", minutes.heartRate()[m]);
            heartRateVariability(data, minutes.heartRate()[m], t, m, night);
        }
        if (minutes.spo2Tenths()[m] > 0) {
            data.put("spo2_auto", minutes.spo2Tenths()[m] / 10.0);
        }
        Map<String, Object> projected = V2Query.project(data, fields);
        if (projected.isEmpty()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deviceid", device.deviceId());
        json.put("model", device.model());
        json.put("model_id", device.modelId());
        json.putAll(projected);
        return json;
    }
}
