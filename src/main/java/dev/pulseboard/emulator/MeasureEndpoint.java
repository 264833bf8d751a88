package dev.pulseboard.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /measure action=getmeas}: measure groups newest first (by {@code date}), paged by a fixed page size with
 * {@code more} as an int 0/1 and {@code offset}, as Withings does in this one endpoint.
 */
@RestController
@WithingsEndpoint
class MeasureEndpoint {

    static final String SCOPE = "user.metrics";

    private final DataCall calls;
    private final EmulatorClock clock;
    private final EmulatorProperties properties;

    MeasureEndpoint(DataCall calls, EmulatorClock clock, EmulatorProperties properties) {
        this.calls = calls;
        this.clock = clock;
        this.properties = properties;
    }

    @RequestMapping(path = "/measure", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> measure(HttpServletRequest http) {
        DataCall.Context call = calls.open(http, Set.of("getmeas"), SCOPE);
        WithingsRequest request = call.request();
        UserView user = call.user();
        MeasureQuery query = MeasureQuery.from(request);
        List<MeasureGroup> matching = user.groups().stream().filter(query).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("updatetime", clock.epochSecond());
        body.put("timezone", user.persona().zone().getId());
        return Envelope.ok(Paging.page(body, "measuregrps",
                matching, g -> user.groupJson().json(g, query), properties.pageSize(), true, http));
    }

    /** The getmeas filters: types, category, date window and lastupdate (on {@code modified}). */
    record MeasureQuery(Set<Integer> types, Integer category, Long startdate, Long enddate, Long lastupdate)
            implements Predicate<MeasureGroup> {

        static MeasureQuery from(WithingsRequest request) {
            Set<Integer> types = new java.util.HashSet<>(request.intList("meastypes"));
            Long single = request.optionalLong("meastype");
            if (single != null) {
                types.add(single.intValue());
            }
            Long category = request.optionalLong("category");
            if (category != null && category != 1 && category != 2) {
                throw WithingsException.invalidParams("category must be 1 or 2");
            }
            return new MeasureQuery(Set.copyOf(types), category == null ? null : category.intValue(),
                    request.optionalLong("startdate"), request.optionalLong("enddate"),
                    request.optionalLong("lastupdate"));
        }

        @Override
        public boolean test(MeasureGroup g) {
            return (category == null || g.category() == category)
                    && (startdate == null || g.date() >= startdate)
                    && (enddate == null || g.date() <= enddate)
                    && (lastupdate == null || g.modified() > lastupdate)
                    && (types.isEmpty() || g.measures().stream().anyMatch(m -> types.contains(m.type())));
        }

        List<Measure> shown(MeasureGroup g) {
            return types.isEmpty() ? g.measures()
                    : g.measures().stream().filter(m -> types.contains(m.type())).toList();
        }
    }
}
