package dev.pulseboard.emulator.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import dev.pulseboard.emulator.CallbackServer;
import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.support.Poll;

class LiveUploadsIntegrationTests extends EmulatorIntegrationSupport {

    private static final String ALEX = "10000001";

    private CallbackServer subscribed(String token, int... applis) {
        CallbackServer hook = new CallbackServer();
        for (int appli : applis) {
            assertThat(client.call("/notify", token, Map.of("action", "subscribe", "callbackurl", hook.url(),
                    "appli", String.valueOf(appli))).get("status").asInt()).isZero();
        }
        return hook;
    }

    private static Set<Integer> applis(CallbackServer hook) {
        return hook.posts().stream().map(c -> Integer.valueOf(c.body().replaceAll(".*appli=(\\d+).*", "$1")))
                .collect(Collectors.toSet());
    }

    private static long maxModified(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).mapToLong(i -> i.get("modified").asLong()).max()
                .orElse(0);
    }

    @Test
    void advancingTheClockUploadsReadingsOfEveryTypeAndLastupdateFindsThem() {
        JsonNode tokens = client.exchange(client.authorize("alex", "user.metrics,user.activity")).get("body");
        String token = tokens.get("access_token").asString();
        long now = emulator.clock().now().getEpochSecond();
        JsonNode before = client.call("/measure", token, Map.of("action", "getmeas", "lastupdate",
                String.valueOf(now - 20 * 86_400))).at("/body/measuregrps");
        long measures = maxModified(before);
        long nights = maxModified(client.call("/v2/sleep", token, Map.of("action", "getsummary", "lastupdate",
                String.valueOf(now - 20 * 86_400))).at("/body/series"));
        try (CallbackServer hook = subscribed(token, 1, 4, 16, 44, 54)) {

            var moved = client.postJson("/_admin/clock", "{\"advanceSeconds\":" + 25 * 86_400 + "}");

            assertThat(moved.statusCode()).isEqualTo(200);
            Poll.until(Duration.ofSeconds(10), "notifications of every appli",
                    () -> applis(hook).containsAll(Set.of(1, 4, 16, 44, 54)));
            token = client.refresh(tokens.get("refresh_token").asString()).at("/body/access_token").asString();
            JsonNode fresh = client.call("/measure", token, Map.of("action", "getmeas", "lastupdate",
                    String.valueOf(measures))).at("/body/measuregrps");
            assertThat(fresh.size()).isGreaterThan(20);
            assertThat(fresh).allSatisfy(g -> assertThat(g.get("modified").asLong()).isGreaterThan(measures)
                    .isLessThanOrEqualTo(emulator.clock().now().getEpochSecond()));
            JsonNode freshNights = client.call("/v2/sleep", token, Map.of("action", "getsummary", "lastupdate",
                    String.valueOf(nights))).at("/body/series");
            assertThat(freshNights.size()).isBetween(20, 26);
            String weighIn = hook.posts().stream().map(CallbackServer.Call::body).filter(b -> b.contains("appli=1&"))
                    .findFirst().orElseThrow();
            assertThat(weighIn).as("with the scale's device id")
                    .matches("userid=10000001&appli=1&startdate=\\d+&enddate=\\d+&deviceid=[0-9a-f]{40}");
            // Deliveries go out in parallel: wait for the activity days, not only for the first of each appli.
            List<String> days = Poll.until(Duration.ofSeconds(10), "an activity notification a day", () -> {
                List<String> sixteen = hook.posts().stream().map(CallbackServer.Call::body)
                        .filter(b -> b.contains("appli=16")).toList();
                return sixteen.size() >= 24 ? sixteen : null;
            });
            assertThat(days).hasSizeGreaterThanOrEqualTo(24)
                    .allSatisfy(b -> assertThat(b).as("with the watch's device id")
                            .matches("userid=10000001&appli=16&date=\\d{4}-\\d\\d-\\d\\d&deviceid=[0-9a-f]{40}"));
        }
    }

    @Test
    void settingTheClockBackHidesReadingsAndMovingOnUploadsThemAgain() {
        String token = client.accessToken("alex");
        Instant start = emulator.clock().now();
        int visible = emulator.weighInCount("alex");

        emulator.clock().set(start.minus(Duration.ofDays(30)));
        int earlier = emulator.weighInCount("alex");
        try (CallbackServer hook = subscribed(token, 1)) {
            emulator.clock().set(start);

            assertThat(earlier).isLessThan(visible - 15);
            assertThat(emulator.weighInCount("alex")).isEqualTo(visible);
            Poll.until(Duration.ofSeconds(10), "a weigh-in notification", () -> applis(hook).contains(1));
        }
    }

    @Test
    void aNightAddedThroughTheAdminApiNotifiesAppli44AndShowsInSleep() {
        String token = client.accessToken("alex");
        long start = emulator.clock().now().getEpochSecond() - 10 * 3600;
        try (CallbackServer hook = subscribed(token, 44)) {

            var added = client.postJson("/_admin/sleep", "{\"userId\":\"" + ALEX + "\",\"start\":" + start
                    + ",\"hours\":6.5}");

            assertThat(added.statusCode()).isEqualTo(201);
            Poll.until(Duration.ofSeconds(10), "a sleep notification", () -> !hook.posts().isEmpty());
            assertThat(hook.posts().get(0).body()).startsWith("userid=10000001&appli=44&startdate=" + start + "&enddate=");
            JsonNode night = client.call("/v2/sleep", token, Map.of("action", "getsummary", "lastupdate",
                    String.valueOf(start))).at("/body/series/0");
            assertThat(night.get("id").asLong()).isEqualTo(client.json(added).get("id").asLong());
            assertThat(night.get("startdate").asLong()).isEqualTo(start);
            assertThat(night.at("/data/total_sleep_time").asInt()).isBetween(6 * 3600, 7 * 3600);
        }
    }

    @Test
    void theWatchsHourlySyncOfADayUnderWayChangesTheDayAndNotifiesAppli16() {
        String token = client.accessToken("alex");
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant start = emulator.clock().now();
        LocalDate day = LocalDate.ofInstant(start, paris).minusDays(1);
        Instant morning = day.atTime(10, 30).atZone(paris).toInstant();
        Instant eleven = day.atTime(11, 0).atZone(paris).toInstant();
        Map<String, String> thatDay = Map.of("action", "getactivity", "startdateymd", day.toString(), "enddateymd",
                day.toString());
        assertThat(client.call("/v2/measure", token, thatDay).at("/body/activities").size()).isEqualTo(1);
        try {
            emulator.clock().set(morning);
            try (CallbackServer hook = subscribed(token, 16)) {

                emulator.clock().advance(Duration.ofHours(1));

                Poll.until(Duration.ofSeconds(10), "the watch's sync", () -> !hook.posts().isEmpty());
                JsonNode activity = client.call("/v2/measure", token, thatDay).at("/body/activities");
                assertThat(hook.posts()).extracting(CallbackServer.Call::body).containsOnly("userid=10000001&appli=16"
                        + "&date=" + day + "&deviceid=" + activity.get(0).get("deviceid").asString());
                assertThat(activity.get(0).get("modified").asLong()).isEqualTo(eleven.getEpochSecond());
            }
        } finally {
            emulator.clock().set(start);
        }
    }

    @Test
    void anActivityDayAndAWorkoutAddedThroughTheAdminApiNotifyAppli16() {
        String token = client.accessToken("alex");
        LocalDate yesterday = LocalDate.ofInstant(emulator.clock().now(), ZoneId.of("Europe/Paris"))
                .minusDays(1);
        long start = emulator.clock().now().getEpochSecond() - 3 * 3600;
        try (CallbackServer hook = subscribed(token, 16)) {

            var day = client.postJson("/_admin/activity", "{\"userId\":\"" + ALEX + "\",\"date\":\"" + yesterday
                    + "\",\"steps\":12345}");
            var workout = client.postJson("/_admin/workouts", "{\"userId\":\"" + ALEX
                    + "\",\"category\":2,\"start\":" + start + ",\"end\":" + (start + 1800) + "}");

            assertThat(day.statusCode()).isEqualTo(201);
            assertThat(workout.statusCode()).isEqualTo(201);
            Poll.until(Duration.ofSeconds(10), "two activity notifications", () -> hook.posts().size() == 2);
            JsonNode activity = client.call("/v2/measure", token, Map.of("action", "getactivity", "startdateymd",
                    yesterday.toString(), "enddateymd", yesterday.toString())).at("/body/activities");
            assertThat(hook.posts()).extracting(CallbackServer.Call::body).contains("userid=10000001&appli=16&date="
                    + yesterday + "&deviceid=" + activity.get(0).get("deviceid").asString());
            assertThat(activity.size()).isEqualTo(1);
            assertThat(activity.get(0).get("steps").asInt()).isEqualTo(12345);
            JsonNode workouts = client.call("/v2/measure", token, Map.of("action", "getworkouts", "lastupdate",
                    String.valueOf(start))).at("/body/series");
            assertThat(workouts).anySatisfy(w -> {
                assertThat(w.get("id").asLong()).isEqualTo(client.json(workout).get("id").asLong());
                assertThat(w.get("category").asInt()).isEqualTo(2);
                assertThat(w.at("/data/steps").asInt()).isEqualTo(30 * 165);
            });
        }
    }

    @Test
    void anEcgAddedThroughTheAdminApiNotifiesAppli54AndShowsInHeartList() {
        String token = client.accessToken("alex");
        long time = emulator.clock().now().getEpochSecond() - 600;
        try (CallbackServer hook = subscribed(token, 54)) {

            var added = client.postJson("/_admin/ecgs", "{\"userId\":\"" + ALEX + "\",\"time\":" + time
                    + ",\"afib\":1,\"heartRate\":96}");

            assertThat(added.statusCode()).isEqualTo(201);
            Poll.until(Duration.ofSeconds(10), "an ECG notification", () -> !hook.posts().isEmpty());
            JsonNode series = series(token, time);
            assertThat(hook.posts().get(0).body()).isEqualTo("userid=10000001&appli=54&startdate=" + time
                    + "&enddate=" + (time + 20) + "&deviceid=" + series.at("/0/deviceid").asString());
            assertThat(series.size()).isEqualTo(1);
            assertThat(series.at("/0/ecg/signalid").asLong()).isEqualTo(client.json(added).get("signalid").asLong());
            assertThat(series.at("/0/ecg/afib").asInt()).isEqualTo(1);
            assertThat(series.at("/0/heart_rate").asInt()).isEqualTo(96);
            assertThat(series.at("/0/model").asInt()).isEqualTo(Device.BPM_CORE);
            assertThat(series.at("/0/bloodpressure/systole").asInt()).as("a BPM Core's ECG carries its reading")
                    .isEqualTo(120);
            assertThat(series.at("/0/bloodpressure/diastole").asInt()).isEqualTo(80);
        }
    }

    /**
     * The ECGs Withings lists at {@code time} exactly: the persona's own history may hold one in the minutes before now
     * (one did at 00:41 UTC), which a list from {@code time} on would count too.
     */
    private JsonNode series(String token, long time) {
        return at(client.call("/v2/heart", token, Map.of("action", "list", "startdate", String.valueOf(time)))
                .at("/body/series"), time);
    }

    private static JsonNode at(JsonNode series, long time) {
        ArrayNode taken = JsonNodeFactory.instance.arrayNode();
        series.forEach(e -> {
            if (e.get("timestamp").asLong() == time) {
                taken.add(e);
            }
        });
        return taken;
    }

    @Test
    void anEcgAddedThroughTheAdminApiOnAWatchHasNoBloodPressure() {
        long time = emulator.clock().now().getEpochSecond() - 600;

        emulator.addEcg("10000004", time, 0, 70);

        JsonNode series = at(client.call("/v2/heart", client.accessToken("aroha"), Map.of("action", "list",
                "startdate", String.valueOf(time))).at("/body/series"), time);
        assertThat(series.size()).isEqualTo(1);
        assertThat(series.at("/0/model").asInt()).isEqualTo(Device.SCANWATCH);
        assertThat(series.get(0).has("bloodpressure")).isFalse();
    }

    @Test
    void refusesAdminUploadsWithMissingFieldsOrAnUnknownUser() {
        assertThat(client.postJson("/_admin/sleep", "{\"userId\":\"" + ALEX + "\"}").statusCode()).isEqualTo(400);
        assertThat(client.postJson("/_admin/activity", "{\"userId\":\"" + ALEX + "\",\"date\":\"yesterday\","
                + "\"steps\":1}").statusCode()).isEqualTo(400);
        assertThat(client.postJson("/_admin/workouts", "{\"userId\":\"" + ALEX + "\",\"category\":1,\"start\":10,"
                + "\"end\":20}").statusCode()).isEqualTo(400);
        var unknown = client.postJson("/_admin/ecgs", "{\"userId\":\"42\",\"time\":1700000000}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** Sam has no watch: a day recorded for Sam is Google Fit's, as Withings sends another app's (AIO activity.json). */
    @Test
    void aDayOfAPersonaWithoutAWatchComesFromGoogleFit() {
        var recorded = client.postJson("/_admin/activity", "{\"userId\":\"10000002\",\"date\":\"2026-01-01\","
                + "\"steps\":4321}");
        assertThat(recorded.statusCode()).isEqualTo(201);
        JsonNode day = null;
        for (JsonNode d : client.call("/v2/measure", client.accessToken("sam"), Map.of("action", "getactivity",
                "startdateymd", "2026-01-01", "enddateymd", "2026-01-01")).at("/body/activities")) {
            day = d;
        }
        assertThat(day).isNotNull();
        assertThat(day.get("steps").asInt()).isEqualTo(4321);
        assertThat(day.get("brand").asInt()).isEqualTo(18);
        assertThat(day.get("modelid").asInt()).isEqualTo(1055);
        assertThat(day.get("model").asString()).isEqualTo("GoogleFit tracker");
        assertThat(day.get("deviceid").isNull()).isTrue();
        assertThat(day.get("is_tracker").asBoolean()).isFalse();
        assertThat(day.get("hr_average").asInt()).isZero();
        // No minute-by-minute series for another app's day: an empty object, which Withings writes as [].
        JsonNode series = client.call("/v2/measure", client.accessToken("sam"), Map.of("action",
                "getintradayactivity", "startdate", "1767243600", "enddate", "1767330000")).at("/body/series");
        assertThat(series.isArray()).as(series.toString()).isTrue();
        assertThat(series.isEmpty()).isTrue();
    }
}
