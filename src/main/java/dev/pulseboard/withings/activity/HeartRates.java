package dev.pulseboard.withings.activity;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * The heart-rate fields of an activity day or a workout's data ({@code hr_average}, {@code hr_min}, {@code hr_max},
 * bpm; {@code hr_zone_0..3}, seconds). A source that measures no heart rate (an external one such as GoogleFit,
 * brand 18, model id 1055) has them all sent as 0 (captured getactivity and getworkouts, AIO fixtures activity.json
 * and workouts.json). A heart rate of 0 is none, so it decodes to null; with no heart rate at all, a zone of 0 is
 * none too. With a heart rate, a zone of 0 stays: the zone was not reached.
 */
record HeartRates(Integer average, Integer min, Integer max, Integer zone0, Integer zone1, Integer zone2,
        Integer zone3) {

    static HeartRates decode(JsonNode node) {
        Integer average = bpm(node, "hr_average");
        Integer min = bpm(node, "hr_min");
        Integer max = bpm(node, "hr_max");
        boolean none = average == null && min == null && max == null;
        return new HeartRates(average, min, max, zone(node, "hr_zone_0", none), zone(node, "hr_zone_1", none),
                zone(node, "hr_zone_2", none), zone(node, "hr_zone_3", none));
    }

    private static Integer bpm(JsonNode node, String name) {
        Integer value = Json.intOrNull(node, name);
        return value == null || value == 0 ? null : value;
    }

    private static Integer zone(JsonNode node, String name, boolean noHeartRate) {
        Integer seconds = Json.intOrNull(node, name);
        return noHeartRate && seconds != null && seconds == 0 ? null : seconds;
    }
}
