package dev.pulseboard.emulator.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.data.Measure;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.persona.UserView;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsGateFilter;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * {@code /measure action=getmeas}: measure groups newest first (by {@code date}), paged by a fixed page size with
 * {@code more} as an int 0/1 and {@code offset}, as Withings does in this one endpoint. The users of
 * {@code alternate-shapes-user-ids} get the other documented shapes (withings-api.md §4.1): {@code more} as a bool
 * (the HA fixture's {@code false}) and {@code deviceid} as an int.
 */
@RestController
@WithingsEndpoint
class MeasureEndpoint {

    static final String SCOPE = "user.metrics";
    private static final byte[] HEAD = "{\"status\":0,\"body\":{\"updatetime\":".getBytes(StandardCharsets.US_ASCII);

    private final DataCall calls;
    private final EmulatorClock clock;
    private final EmulatorProperties properties;
    private final PageCache pages;

    MeasureEndpoint(DataCall calls, EmulatorClock clock, EmulatorProperties properties, PageCache pages) {
        this.calls = calls;
        this.clock = clock;
        this.properties = properties;
        this.pages = pages;
    }

    /**
     * Writes the envelope as bytes: the part after {@code updatetime} (the current time) comes from {@link PageCache},
     * rendered from the groups' cached JSON on a miss. The same JSON a serializer would write, without building it
     * per request.
     */
    @RequestMapping(path = "/measure", method = { RequestMethod.GET, RequestMethod.POST })
    void measure(HttpServletRequest http, HttpServletResponse response) throws IOException {
        DataCall.Context call = calls.open(http, Set.of("getmeas"), SCOPE);
        UserView user = call.user();
        MeasureQuery query = MeasureQuery.from(call.request());
        int offset = call.request().offset();
        boolean stuck = Boolean.TRUE.equals(http.getAttribute(WithingsGateFilter.STUCK_OFFSET_ATTRIBUTE));
        byte[] tail = stuck ? render(user, query, offset, true)
                : pages.get(new PageCache.Key(user.persona().userId(), user.version(), query, offset),
                        () -> render(user, query, offset, false));
        byte[] time = String.valueOf(clock.epochSecond()).getBytes(StandardCharsets.US_ASCII);
        response.setContentType("application/json");
        response.setContentLength(HEAD.length + time.length + tail.length);
        OutputStream out = response.getOutputStream();
        out.write(HEAD);
        out.write(time);
        out.write(tail);
    }

    /**
     * {@code ,"timezone":..,"measuregrps":[..],"more":0|1,"offset":n}}}: newest first, a page of the matching groups;
     * {@code more} and {@code offset} only on a page of several or one asked for by its offset.
     */
    private byte[] render(UserView user, MeasureQuery query, int offset, boolean stuck) {
        List<MeasureGroup> matching = user.groups().stream().filter(query).toList();
        boolean alternate = properties.alternateShapes(user.persona().userId());
        Page<MeasureGroup> page = Page.of(matching, offset, properties.pageSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + page.items().size() * 1400);
        out.writeBytes((",\"timezone\":\"" + user.profileZone().getId() + "\",\"measuregrps\":[")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(user.groupJson().json(page.items().get(i), query, alternate));
        }
        boolean more = stuck || page.more();
        // An answer that is all there is, to a question that asked for no page, carries no more/offset at all, as
        // some real ones do (AIO measurement.json); a client that reads them unconditionally fails there.
        String moreJson = alternate ? String.valueOf(more) : more ? "1" : "0";
        String paging = more || offset > 0 ? ",\"more\":" + moreJson + ",\"offset\":"
                + (stuck ? offset : page.nextOffset()) : "";
        out.writeBytes(("]" + paging + "}}").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The getmeas filters: types, category, date window and lastupdate (on {@code modified}). */
    record MeasureQuery(Set<Integer> types, Integer category, Long startdate, Long enddate, Long lastupdate)
            implements Predicate<MeasureGroup> {

        static MeasureQuery from(WithingsRequest request) {
            Set<Integer> types = new HashSet<>(request.intList("meastypes"));
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
