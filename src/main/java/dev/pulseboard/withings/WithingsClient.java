package dev.pulseboard.withings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.activity.Activity;
import dev.pulseboard.withings.activity.ActivityPage;
import dev.pulseboard.withings.activity.IntradaySample;
import dev.pulseboard.withings.activity.Workout;
import dev.pulseboard.withings.activity.WorkoutPage;
import dev.pulseboard.withings.heart.EcgPage;
import dev.pulseboard.withings.heart.EcgRecording;
import dev.pulseboard.withings.heart.EcgSignal;
import dev.pulseboard.withings.measure.MeasureDecoder;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.MeasurePage;
import dev.pulseboard.withings.measure.MeasureQuery;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.oauth.AuthorizedCalls;
import dev.pulseboard.withings.sleep.SleepSegment;
import dev.pulseboard.withings.sleep.SleepSummary;
import dev.pulseboard.withings.sleep.SleepSummaryPage;
import dev.pulseboard.withings.transport.DataFields;
import dev.pulseboard.withings.transport.Json;
import dev.pulseboard.withings.transport.Page;
import dev.pulseboard.withings.user.Device;
import dev.pulseboard.withings.user.Goals;

/**
 * Typed Withings data endpoints. Every call takes the user's {@link AccessTokens} and a {@link Priority} for the
 * app-wide rate budget. When Withings rejects the access token (status 401) the client asks
 * {@link AccessTokens#renewAfterRejection} once and retries once; a second rejection, or a failed refresh,
 * surfaces as {@link WithingsAuthenticationException} (reconnect needed). Paged endpoints come as one-page and
 * all-pages methods; the all-pages ones fail with {@link WithingsProtocolException} when the offset stalls.
 */
public class WithingsClient {

    static final String MEASURE = "/measure";
    static final String MEASURE_V2 = "/v2/measure";
    static final String SLEEP = "/v2/sleep";
    static final String HEART = "/v2/heart";
    static final String USER = "/v2/user";

    private final AuthorizedCalls calls;
    private final int maxPages;

    WithingsClient(AuthorizedCalls calls, WithingsProperties properties) {
        this.calls = calls;
        this.maxPages = properties.maxPages();
    }

    /** One getmeas page starting at {@code offset} (0 for the first). */
    public MeasurePage measures(AccessTokens tokens, MeasureQuery query, int offset, Priority priority) {
        return calls.call(tokens, MEASURE, "getmeas", query.params(offset), priority, MeasureDecoder::page);
    }

    /** Every getmeas group of the query, following {@code more}/{@code offset} to the last page. */
    public List<MeasureGroup> allMeasures(AccessTokens tokens, MeasureQuery query, Priority priority) {
        return Page.all(offset -> measures(tokens, query, offset, priority), maxPages, MEASURE + " getmeas");
    }

    /** One getactivity page (one item per local day). */
    public ActivityPage activity(AccessTokens tokens, DateQuery query, int offset, Priority priority) {
        return calls.call(tokens, MEASURE_V2, "getactivity", query.params(offset, DataFields.ACTIVITY), priority,
                body -> ActivityPage.decode(body, "activities"));
    }

    public List<Activity> allActivity(AccessTokens tokens, DateQuery query, Priority priority) {
        return Page.all(offset -> activity(tokens, query, offset, priority), maxPages, MEASURE_V2 + " getactivity");
    }

    /**
     * getintradayactivity for a window of at most 24 h (Withings returns only the first 24 h of a longer one, so
     * a longer window is refused here). Samples come sorted by time.
     */
    public List<IntradaySample> intradayActivity(AccessTokens tokens, TimeWindow window, Priority priority) {
        if (Duration.between(window.start(), window.end()).compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("getintradayactivity serves at most 24 h per call: " + window);
        }
        Map<String, String> params = window.params();
        params.put("data_fields", String.join(",", DataFields.INTRADAY));
        return calls.call(tokens, MEASURE_V2, "getintradayactivity", params, priority, WithingsClient::intraday);
    }

    /** One getworkouts page. */
    public WorkoutPage workouts(AccessTokens tokens, DateQuery query, int offset, Priority priority) {
        return calls.call(tokens, MEASURE_V2, "getworkouts", query.params(offset, DataFields.WORKOUTS), priority,
                body -> WorkoutPage.decode(body, "series"));
    }

    public List<Workout> allWorkouts(AccessTokens tokens, DateQuery query, Priority priority) {
        return Page.all(offset -> workouts(tokens, query, offset, priority), maxPages, MEASURE_V2 + " getworkouts");
    }

    /** sleep get: the sleep-state segments (hypnogram) with vitals for a window (keep it within 24 h). */
    public List<SleepSegment> sleep(AccessTokens tokens, TimeWindow window, Priority priority) {
        Map<String, String> params = window.params();
        params.put("data_fields", String.join(",", DataFields.SLEEP));
        return calls.call(tokens, SLEEP, "get", params, priority,
                body -> Json.list(body, "series", SleepSegment::decode));
    }

    /** One sleep getsummary page (one item per night). */
    public SleepSummaryPage sleepSummaries(AccessTokens tokens, DateQuery query, int offset, Priority priority) {
        return calls.call(tokens, SLEEP, "getsummary", query.params(offset, DataFields.SLEEP_SUMMARY), priority,
                body -> SleepSummaryPage.decode(body, "series"));
    }

    public List<SleepSummary> allSleepSummaries(AccessTokens tokens, DateQuery query, Priority priority) {
        return Page.all(offset -> sleepSummaries(tokens, query, offset, priority), maxPages, SLEEP + " getsummary");
    }

    /** One heart list page: the ECG recordings taken in the window. */
    public EcgPage ecgRecordings(AccessTokens tokens, TimeWindow window, int offset, Priority priority) {
        Map<String, String> params = window.params();
        if (offset > 0) {
            params.put("offset", Integer.toString(offset));
        }
        return calls.call(tokens, HEART, "list", params, priority, body -> EcgPage.decode(body, "series"));
    }

    public List<EcgRecording> allEcgRecordings(AccessTokens tokens, TimeWindow window, Priority priority) {
        return Page.all(offset -> ecgRecordings(tokens, window, offset, priority), maxPages, HEART + " list");
    }

    /** heart get: the strip of one recording. */
    public EcgSignal ecgSignal(AccessTokens tokens, long signalId, Priority priority) {
        return calls.call(tokens, HEART, "get", Map.of("signalid", Long.toString(signalId)), priority,
                EcgSignal::decode);
    }

    /** user getdevice: the devices linked to the account. */
    public List<Device> devices(AccessTokens tokens, Priority priority) {
        return calls.call(tokens, USER, "getdevice", Map.of(), priority,
                body -> Json.list(body, "devices", Device::decode));
    }

    /** user getgoals. */
    public Goals goals(AccessTokens tokens, Priority priority) {
        return calls.call(tokens, USER, "getgoals", Map.of(), priority, Goals::decode);
    }

    private static List<IntradaySample> intraday(JsonNode body) {
        List<IntradaySample> samples = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : Json.entries(body, "series")) {
            Instant time = Json.epochKey(entry.getKey());
            if (time != null && entry.getValue().isObject()) {
                samples.add(IntradaySample.decode(time, entry.getValue()));
            }
        }
        samples.sort(Comparator.comparing(IntradaySample::time));
        return samples;
    }
}
