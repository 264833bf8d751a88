package dev.pulseboard.emulator.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.protocol.Envelope;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;
import dev.pulseboard.emulator.protocol.WithingsException;

/**
 * {@code /v2/sleep}: getsummary (nights oldest first, {@code date} = the local day the night ended, pages of
 * {@code sleep-summary-page-size} (300) with a bool {@code more}) and get (hypnogram segments in a window of at most
 * {@code sleep-get-max-hours}, 24 by default: the stricter of Withings' two documented limits; a wider window is cut,
 * as Withings does).
 */
@RestController
@WithingsEndpoint
class SleepEndpoint {

    private final DataCall calls;
    private final EmulatorProperties properties;

    SleepEndpoint(DataCall calls, EmulatorProperties properties) {
        this.calls = calls;
        this.properties = properties;
    }

    @RequestMapping(path = "/v2/sleep", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> sleep(HttpServletRequest http) {
        DataCall.Context call = calls.open(http, Set.of("get", "getsummary"), ActivityEndpoint.SCOPE);
        return Envelope.ok(call.action().equals("get") ? hypnogram(call) : summaries(call, http));
    }

    private Map<String, Object> summaries(DataCall.Context call, HttpServletRequest http) {
        V2Query query = V2Query.from(call.request());
        List<Night> matching = call.user().nights().stream().filter(n -> query.matches(n.date(), n.created())).toList();
        return Paging.page("series", matching,
                n -> ActivityJson.projected(SleepJson.summary(n, call.user().persona()), query),
                properties.sleepSummaryPageSize(), http);
    }

    private Map<String, Object> hypnogram(DataCall.Context call) {
        long from = call.request().requiredLong("startdate");
        long to = call.request().requiredLong("enddate");
        if (to < from) {
            throw WithingsException.invalidParams("enddate before startdate");
        }
        long cut = Math.min(to, from + properties.sleepGetMaxHours() * 3600L);
        List<String> fields = call.request().list("data_fields");
        List<Map<String, Object>> series = call.user().nights().stream()
                .filter(n -> n.end() > from && n.start() < cut)
                .flatMap(n -> SleepJson.segments(n, from, cut, fields).stream()).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("series", series);
        body.put("model", call.user().persona().device(Device.SLEEP_ANALYZER).isPresent() ? 32 : 16);
        return body;
    }
}
