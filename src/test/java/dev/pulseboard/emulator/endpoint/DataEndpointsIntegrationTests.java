package dev.pulseboard.emulator.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.data.Device;

class DataEndpointsIntegrationTests extends EmulatorIntegrationSupport {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private LocalDate today() {
        return emulator.clock().now().atZone(PARIS).toLocalDate();
    }

    @Test
    void getactivityAnswersLocalDaysWithMoreAsABool() {
        String token = client.accessToken("alex");

        JsonNode body = client.call("/v2/measure", token, Map.of("action", "getactivity",
                "startdateymd", today().minusDays(30).toString(), "enddateymd", today().minusDays(1).toString()))
                .get("body");

        assertThat(body.get("more").isBoolean()).isTrue();
        assertThat(body.get("more").asBoolean()).isFalse();
        JsonNode days = body.get("activities");
        assertThat(days.size()).isEqualTo(30);
        JsonNode day = days.get(0);
        assertThat(day.get("date").asString()).isEqualTo(today().minusDays(30).toString());
        assertThat(day.get("timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(day.get("model").asString()).isEqualTo("ScanWatch");
        assertThat(day.get("steps").asInt()).isBetween(900, 30_000);
        assertThat(day.get("totalcalories").asDouble()).isGreaterThan(day.get("calories").asDouble());
    }

    @Test
    void getactivityPagesFiveYearsWithOffsetAndProjectsDataFields() {
        String token = client.accessToken("alex");
        int total = 0;
        int offset = 0;
        boolean more = true;
        while (more) {
            JsonNode body = client.call("/v2/measure", token, Map.of("action", "getactivity", "lastupdate", "0",
                    "data_fields", "steps", "offset", String.valueOf(offset))).get("body");
            total += body.get("activities").size();
            assertThat(body.at("/activities/0/steps").isInt()).isTrue();
            assertThat(body.at("/activities/0/calories").isMissingNode()).isTrue();
            more = body.get("more").asBoolean();
            offset = body.get("offset").asInt();
        }

        assertThat(total).isBetween(5 * 365, 5 * 366 + 1);
    }

    @Test
    void getactivityRefusesDatesTogetherWithLastupdate() {
        String token = client.accessToken("alex");

        JsonNode response = client.call("/v2/measure", token, Map.of("action", "getactivity", "lastupdate", "0",
                "startdateymd", "2024-01-01", "enddateymd", "2024-01-31"));

        assertThat(response.get("status").asInt()).isEqualTo(503);
    }

    @Test
    void intradayStepsAddUpToTheDaysStepsAndComeKeyedByEpoch() {
        String token = client.accessToken("alex");
        LocalDate day = today().minusDays(3);
        long midnight = day.atStartOfDay(PARIS).toEpochSecond();
        int daySteps = client.call("/v2/measure", token, Map.of("action", "getactivity",
                "startdateymd", day.toString(), "enddateymd", day.toString())).at("/body/activities/0/steps").asInt();

        JsonNode series = client.call("/v2/measure", token, Map.of("action", "getintradayactivity",
                "startdate", String.valueOf(midnight), "enddate", String.valueOf(midnight + 86_400)))
                .at("/body/series");

        assertThat(series.isObject()).isTrue();
        int sum = 0;
        List<Integer> heartRates = new ArrayList<>();
        for (var entry : series.properties()) {
            assertThat(Long.parseLong(entry.getKey())).isBetween(midnight, midnight + 86_399);
            sum += entry.getValue().path("steps").asInt(0);
            if (entry.getValue().has("heart_rate")) {
                heartRates.add(entry.getValue().get("heart_rate").asInt());
            }
        }
        assertThat(sum).isBetween(daySteps - 800, daySteps + 800);
        assertThat(heartRates).hasSizeGreaterThan(100).allMatch(hr -> hr > 35 && hr < 200);
    }

    @Test
    void getworkoutsAnswersWorkoutsWithTheirData() {
        String token = client.accessToken("alex");

        JsonNode body = client.call("/v2/measure", token, Map.of("action", "getworkouts",
                "startdateymd", today().minusDays(60).toString(), "enddateymd", today().toString())).get("body");

        JsonNode series = body.get("series");
        assertThat(series.size()).isBetween(10, 30);
        assertThat(series.findValuesAsString("date")).allMatch(d -> !LocalDate.parse(d).isBefore(today().minusDays(60)));
        JsonNode first = series.get(0);
        assertThat(first.get("category").asInt()).isIn(1, 2, 6);
        assertThat(first.get("model").isInt()).isTrue();
        assertThat(first.get("enddate").asLong()).isGreaterThan(first.get("startdate").asLong());
        assertThat(first.at("/data/hr_average").asInt()).isBetween(80, 180);
        assertThat(first.at("/data/steps").isFloatingPointNumber()).as("a float where OAS says int").isTrue();
        assertThat(first.at("/data/elevation").isFloatingPointNumber()).isTrue();
    }

    @Test
    void sleepSummaryPagesHoldThreeHundredNightsWhileTheOtherListsHoldTwoHundred() {
        String token = client.accessToken("alex");
        JsonNode activity = client.call("/v2/measure", token, Map.of("action", "getactivity", "lastupdate", "0"))
                .get("body");
        List<Long> ids = new ArrayList<>();
        int offset = 0;
        boolean more = true;
        List<Integer> pageSizes = new ArrayList<>();
        while (more) {
            JsonNode body = client.call("/v2/sleep", token, Map.of("action", "getsummary", "lastupdate", "0",
                    "offset", String.valueOf(offset))).get("body");
            body.get("series").forEach(n -> ids.add(n.get("id").asLong()));
            pageSizes.add(body.get("series").size());
            more = body.get("more").asBoolean();
            offset = body.get("offset").asInt();
            if (more) {
                assertThat(offset).as("as the recorded answer: 300 items, more:true, offset:300")
                        .isEqualTo(300 * pageSizes.size());
            }
        }

        assertThat(activity.get("activities").size()).isEqualTo(200);
        assertThat(activity.get("offset").asInt()).isEqualTo(200);
        assertThat(pageSizes.subList(0, pageSizes.size() - 1)).isNotEmpty().containsOnly(300);
        assertThat(pageSizes.get(pageSizes.size() - 1)).isBetween(1, 300);
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(1600);
    }

    @Test
    void sleepSummaryCarriesWhatTheSleepAnalyzerAndTheWatchMeasure() {
        JsonNode analyzerNights = client.call("/v2/sleep", client.accessToken("alex"), Map.of("action",
                "getsummary", "startdateymd", today().minusDays(30).toString(), "enddateymd", today().toString()))
                .at("/body/series");
        JsonNode watchNights = client.call("/v2/sleep", client.accessToken("aroha"), Map.of("action", "getsummary",
                "lastupdate", "0")).at("/body/series");

        assertThat(analyzerNights.size()).isGreaterThan(20);
        for (JsonNode night : analyzerNights) {
            JsonNode data = night.get("data");
            assertThat(data.get("withings_index").isNumber()).isTrue();
            assertThat(data.get("breathing_quality_assessment").asInt()).isBetween(0, 2);
            assertThat(data.get("mvt_score_avg").asDouble()).isBetween(0.0, 5.0);
            assertThat(data.get("mvt_active_duration").isInt()).isTrue();
            assertThat(data.get("rmssd_end_avg").asDouble()).isGreaterThan(data.get("rmssd_start_avg").asDouble());
            assertThat(data.get("chest_movement_rate_average").asDouble())
                    .isBetween(data.get("chest_movement_rate_min").asDouble(),
                            data.get("chest_movement_rate_max").asDouble());
            assertThat(data.has("chest_movement_rate_wellness_average")).isTrue();
            assertThat(data.get("breathing_sounds").asInt()).isEqualTo(data.get("snoring").asInt());
            assertThat(data.has("breathing_sounds_episode_count")).isTrue();
            assertThat(data.has("core_body_temperature_status")).as("a Sleep Analyzer takes no temperature")
                    .isFalse();
        }
        List<String> statuses = new ArrayList<>();
        for (JsonNode night : watchNights) {
            JsonNode data = night.get("data");
            String status = data.get("core_body_temperature_status").asString();
            statuses.add(status);
            assertThat(data.has("withings_index")).as("a watch has no breathing sensor").isFalse();
            if (!status.equals("unknown")) {
                assertThat(data.get("core_body_temperature_avg").asDouble()).isBetween(
                        data.get("core_body_temperature_min").asDouble(),
                        data.get("core_body_temperature_max").asDouble()).isBetween(35.5, 38.5);
            }
        }
        assertThat(statuses).containsOnly("unknown", "usual", "elevated").contains("unknown", "usual", "elevated");
    }

    @Test
    void sleepGetAnswersEveryDocumentedVitalOfASleepAnalyzerNight() {
        String token = client.accessToken("alex");
        JsonNode night = client.call("/v2/sleep", token, Map.of("action", "getsummary",
                "startdateymd", today().minusDays(10).toString(), "enddateymd", today().minusDays(1).toString()))
                .at("/body/series/0");
        List<String> fields = List.of("hr", "rr", "snoring", "sdnn_1", "rmssd", "hrv_quality", "mvt_score",
                "chest_movement_rate", "withings_index", "breathing_sounds");

        JsonNode segments = client.call("/v2/sleep", token, Map.of("action", "get", "startdate",
                night.get("startdate").asString(), "enddate", night.get("enddate").asString(), "data_fields",
                String.join(",", fields))).at("/body/series");

        assertThat(segments.size()).isGreaterThan(3);
        for (JsonNode segment : segments) {
            for (String field : fields) {
                assertThat(segment.get(field).isObject()).as(field).isTrue();
                assertThat(segment.get(field).size()).as(field + ", one a minute").isPositive();
            }
            segment.get("hrv_quality").properties().forEach(e -> assertThat(e.getValue().asInt()).isBetween(0, 3));
        }
    }

    @Test
    void intradayCarriesHeartRateVariabilityAndTheNightsRespiratoryRate() {
        assertVariabilityAndNightBreathing(today().minusDays(3));
    }

    /** The day the clocks went forward (23 hours): the night is still the hours before 07:00 on the local clock. */
    @Test
    void theNightsRespiratoryRateKeepsToTheLocalNightOnTheDayTheClocksGoForward() {
        Instant at = emulator.clock().now();
        var transition = PARIS.getRules().previousTransition(at);
        while (!transition.isGap() || transition.getInstant().isAfter(at.minus(Duration.ofDays(3)))) {
            transition = PARIS.getRules().previousTransition(transition.getInstant());
        }
        assertVariabilityAndNightBreathing(transition.getDateTimeBefore().toLocalDate());
    }

    private void assertVariabilityAndNightBreathing(LocalDate day) {
        String token = client.accessToken("alex");
        long midnight = day.atStartOfDay(PARIS).toEpochSecond();
        long nextMidnight = day.plusDays(1).atStartOfDay(PARIS).toEpochSecond();

        JsonNode series = client.call("/v2/measure", token, Map.of("action", "getintradayactivity",
                "startdate", String.valueOf(midnight), "enddate", String.valueOf(nextMidnight), "data_fields",
                "heart_rate,rmssd,sdnn1,hrv_quality,rr")).at("/body/series");

        int variability = 0;
        int breathing = 0;
        for (var entry : series.properties()) {
            JsonNode minute = entry.getValue();
            if (minute.has("hrv_quality")) {
                variability++;
                assertThat(minute.get("hrv_quality").asInt()).isBetween(0, 3);
                assertThat(minute.get("rmssd").asDouble()).isPositive();
                assertThat(minute.has("sdnn1")).isTrue();
            }
            if (minute.has("rr")) {
                breathing++;
                assertThat(minute.get("rr").asInt()).isBetween(8, 25);
                assertThat(Instant.ofEpochSecond(Long.parseLong(entry.getKey())).atZone(PARIS).getHour())
                        .as(day + " " + entry.getKey()).isLessThan(7);
            }
        }
        assertThat(variability).as(day.toString()).isPositive();
        assertThat(breathing).as(day.toString()).isPositive();
    }

    @Test
    void sleepSummaryDatesTheNightByTheDayItEnded() {
        String token = client.accessToken("alex");

        JsonNode series = client.call("/v2/sleep", token, Map.of("action", "getsummary",
                "startdateymd", today().minusDays(14).toString(), "enddateymd", today().toString()))
                .at("/body/series");

        assertThat(series.size()).isBetween(8, 15);
        for (JsonNode night : series) {
            LocalDate ended = Instant.ofEpochSecond(night.get("enddate").asLong()).atZone(PARIS).toLocalDate();
            assertThat(night.get("date").asString()).isEqualTo(ended.toString());
            assertThat(night.get("model").asInt()).isEqualTo(32);
            assertThat(night.get("model_id").asInt()).as("the sensor's id, as in sleep get").isEqualTo(63);
            JsonNode data = night.get("data");
            assertThat(data.get("total_sleep_time").asInt()).isEqualTo(data.get("lightsleepduration").asInt()
                    + data.get("deepsleepduration").asInt() + data.get("remsleepduration").asInt());
            assertThat(data.get("sleep_efficiency").asDouble()).isBetween(0.5, 1.0);
            assertThat(data.get("night_events").has("2")).isTrue();
        }
    }

    @Test
    void sleepGetAnswersTheHypnogramOfANightWithPerMinuteVitals() {
        String token = client.accessToken("alex");
        JsonNode night = client.call("/v2/sleep", token, Map.of("action", "getsummary",
                "startdateymd", today().minusDays(10).toString(), "enddateymd", today().minusDays(1).toString()))
                .at("/body/series/0");
        long start = night.get("startdate").asLong();
        long end = night.get("enddate").asLong();

        JsonNode body = client.call("/v2/sleep", token, Map.of("action", "get", "startdate", String.valueOf(start),
                "enddate", String.valueOf(end), "data_fields", "hr,rr,snoring")).get("body");

        JsonNode segments = body.get("series");
        assertThat(body.get("model").asInt()).isEqualTo(32);
        assertThat(segments.get(0).get("startdate").asLong()).isEqualTo(start);
        assertThat(segments.get(segments.size() - 1).get("enddate").asLong()).isEqualTo(end);
        long deep = 0;
        for (JsonNode s : segments) {
            if (s.get("state").asInt() == 2) {
                deep += s.get("enddate").asLong() - s.get("startdate").asLong();
            }
            assertThat(s.get("model").asString()).isEqualTo("Aura Sensor V2");
            assertThat(s.get("model_id").asInt()).isEqualTo(63);
            assertThat(s.get("hr").isObject()).isTrue();
            assertThat(s.get("rr").size()).isEqualTo(s.get("hr").size());
        }
        assertThat(deep).isEqualTo(night.at("/data/deepsleepduration").asLong());
        JsonNode heartAlone = client.call("/v2/sleep", token, Map.of("action", "get", "startdate",
                String.valueOf(start), "enddate", String.valueOf(end), "data_fields", "hr")).at("/body/series");
        for (int i = 0; i < segments.size(); i++) {
            assertThat(heartAlone.get(i).get("hr")).as("a vital is the same whatever other fields are asked")
                    .isEqualTo(segments.get(i).get("hr"));
        }
    }

    @Test
    void heartListsEcgsAndGetAnswersABpmCoreSignal() {
        String token = client.accessToken("alex");
        JsonNode list = client.call("/v2/heart", token, Map.of("action", "list")).get("body");
        assertThat(list.get("more").isBoolean()).isTrue();
        JsonNode withPressure = null;
        for (JsonNode item : list.get("series")) {
            if (item.has("bloodpressure")) {
                withPressure = item;
            }
        }
        assertThat(withPressure).isNotNull();
        assertThat(withPressure.at("/ecg/afib").asInt()).isIn(0, 1, 2);

        JsonNode signal = client.call("/v2/heart", token, Map.of("action", "get",
                "signalid", withPressure.at("/ecg/signalid").asString())).get("body");

        assertThat(signal.get("sampling_frequency").asInt()).isEqualTo(500);
        assertThat(signal.get("signal").size()).isEqualTo(500 * 20);
        assertThat(signal.get("model").asInt()).isEqualTo(Device.BPM_CORE);
    }

    @Test
    void getdeviceListsThePersonasDevicesAndNewAccountsHaveNoSessions() {
        JsonNode alex = client.call("/v2/user", client.accessToken("alex"), Map.of("action", "getdevice"))
                .at("/body/devices");
        JsonNode nina = client.call("/v2/user", client.accessToken("nina"), Map.of("action", "getdevice"))
                .at("/body/devices");

        assertThat(alex.findValuesAsString("model")).contains("Body Scan", "BPM Core", "ScanWatch", "");
        assertThat(alex.get(0).get("model_id").asInt()).isEqualTo(Device.BODY_SCAN);
        JsonNode analyzer = StreamSupport.stream(alex.spliterator(), false)
                .filter(d -> d.get("type").asString().equals("Sleep Monitor")).findFirst().orElseThrow();
        assertThat(analyzer.get("model").asString()).as("as Withings sends a Sleep Analyzer").isEmpty();
        assertThat(analyzer.get("model_id").asInt()).as("getdevice's id, not the sensor's 63 of sleep get")
                .isEqualTo(13);
        assertThat(nina.size()).isEqualTo(2);
        assertThat(nina.get(0).get("first_session_date").isNull()).isTrue();
        // Each device's sessions are its own readings' span: the watch syncs every hour, the scale in the morning.
        Map<String, JsonNode> byModel = new HashMap<>();
        alex.forEach(d -> byModel.put(d.get("model").asString(), d));
        assertThat(byModel.values()).allSatisfy(d -> assertThat(d.get("first_session_date").asLong())
                .isPositive().isLessThanOrEqualTo(d.get("last_session_date").asLong()));
        assertThat(byModel.get("ScanWatch").get("last_session_date").asLong())
                .isNotEqualTo(byModel.get("Body Scan").get("last_session_date").asLong());
        assertThat(byModel.get("Body Scan").get("first_session_date").asLong())
                .isNotEqualTo(byModel.get("BPM Core").get("first_session_date").asLong());
    }

    @Test
    void getgoalsAnswersAnEmptyListWhenThereAreNone() {
        JsonNode alex = client.call("/v2/user", client.accessToken("alex"), Map.of("action", "getgoals"));
        JsonNode nina = client.call("/v2/user", client.accessToken("nina"), Map.of("action", "getgoals"));

        assertThat(alex.at("/body/goals/steps").asInt()).isEqualTo(10_000);
        assertThat(alex.at("/body/goals/weight/unit").asInt()).isEqualTo(-3);
        assertThat(nina.at("/body/goals").isArray()).isTrue();
        assertThat(nina.at("/body/goals").isEmpty()).isTrue();
    }

    @Test
    void getmeasCarriesBloodPressureWithEcgResults() {
        String token = client.accessToken("alex");

        JsonNode groups = client.call("/measure", token, Map.of("action", "getmeas", "meastypes", "9,10,11,130"))
                .at("/body/measuregrps");

        assertThat(groups.size()).isEqualTo(200);
        List<JsonNode> cuff = StreamSupport.stream(groups.spliterator(), false)
                .filter(g -> g.get("model").asString().equals("BPM Core")).toList();
        assertThat(cuff).hasSizeGreaterThan(50).allSatisfy(g -> assertThat(g.get("measures")
                .findValuesAsString("type")).contains("9", "10", "11"));
        assertThat(cuff).anySatisfy(g -> assertThat(g.get("measures").findValuesAsString("type")).contains("130"));
    }
}
