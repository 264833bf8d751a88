package dev.pulseboard.emulator.endpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Workout;
import dev.pulseboard.emulator.protocol.Envelope;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * {@code /v2/measure}: getactivity and getworkouts (oldest first, paged, {@code more} a bool) and
 * getintradayactivity (at most 24 h, an object keyed by epoch seconds).
 */
@RestController
@WithingsEndpoint
class ActivityEndpoint {

    static final String SCOPE = "user.activity";

    private final DataCall calls;
    private final EmulatorClock clock;
    private final EmulatorProperties properties;

    ActivityEndpoint(DataCall calls, EmulatorClock clock, EmulatorProperties properties) {
        this.calls = calls;
        this.clock = clock;
        this.properties = properties;
    }

    @RequestMapping(path = "/v2/measure", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> measure(HttpServletRequest http) {
        DataCall.Context call = calls.open(http, Set.of("getactivity", "getintradayactivity", "getworkouts"), SCOPE);
        return Envelope.ok(switch (call.action()) {
            case "getactivity" -> list(call, http, "activities", call.user().days(), ActivityDay::date,
                    ActivityDay::modified, d -> ActivityJson.day(d, call.user().persona()));
            case "getworkouts" -> list(call, http, "series", call.user().workouts(), Workout::date,
                    Workout::modified, w -> ActivityJson.workout(w, call.user().persona()));
            default -> Map.of("series", intraday(call));
        });
    }

    /** The items in the query's window (by local date or modified), paged, then projected to data_fields. */
    private <T> Map<String, Object> list(DataCall.Context call, HttpServletRequest http, String key, List<T> all,
            Function<T, LocalDate> date, ToLongFunction<T> modified, Function<T, Map<String, Object>> toJson) {
        V2Query query = V2Query.from(call.request());
        List<T> matching = all.stream().filter(t -> query.matches(date.apply(t), modified.applyAsLong(t))).toList();
        return Paging.page(key, matching, t -> ActivityJson.projected(toJson.apply(t), query), properties.pageSize(),
                http);
    }

    private Object intraday(DataCall.Context call) {
        WithingsRequest request = call.request();
        long now = clock.epochSecond();
        Long start = request.optionalLong("startdate");
        Long end = request.optionalLong("enddate");
        long from = start != null ? start : (end != null ? end : now) - 86_400;
        long to = Math.min(end != null ? end : now, from + 86_400);
        if (to < from) {
            throw WithingsException.invalidParams("enddate before startdate");
        }
        return ActivityJson.intraday(call.user(), from, Math.min(to, now), request.list("data_fields"));
    }
}
