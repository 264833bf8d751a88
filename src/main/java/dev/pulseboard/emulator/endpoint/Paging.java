package dev.pulseboard.emulator.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import dev.pulseboard.emulator.protocol.WithingsGateFilter;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * One page of a list body: the items under their key, then {@code more} (an int 0/1 in getmeas, a bool in the v2
 * endpoints) and {@code offset}, the index where the next page starts. With the stuck-offset fault, {@code more}
 * stays true and {@code offset} repeats the requested one.
 */
final class Paging {

    private Paging() {
    }

    /** Adds the page (mapped to JSON item by item) of {@code all} that the request's offset asks for to {@code body} (which may hold other fields). */
    static <T> Map<String, Object> page(Map<String, Object> body, String key, List<T> all,
            Function<? super T, ?> toJson, int pageSize, boolean moreAsInt, HttpServletRequest http) {
        int offset = new WithingsRequest(http).offset();
        Page<T> page = Page.of(all, offset, pageSize);
        boolean stuck = Boolean.TRUE.equals(http.getAttribute(WithingsGateFilter.STUCK_OFFSET_ATTRIBUTE));
        boolean more = stuck || page.more();
        body.put(key, page.items().stream().map(toJson).toList());
        body.put("more", moreAsInt ? (Object) (more ? 1 : 0) : (Object) more);
        body.put("offset", stuck ? offset : page.nextOffset());
        return body;
    }

    static <T> Map<String, Object> page(String key, List<T> all, Function<? super T, ?> toJson, int pageSize,
            HttpServletRequest http) {
        return page(new LinkedHashMap<>(), key, all, toJson, pageSize, false, http);
    }
}
