package dev.pulseboard.emulator;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts {@code more} and {@code offset} into a list body: an int 0/1 in getmeas, a bool in the v2 endpoints. With the
 * stuck-offset fault, {@code more} stays true and {@code offset} repeats the requested one.
 */
final class Paging {

    private Paging() {
    }

    static void put(Map<String, Object> body, Page<?> page, int requestedOffset, boolean moreAsInt,
            HttpServletRequest http) {
        boolean stuck = Boolean.TRUE.equals(http.getAttribute(WithingsGateFilter.STUCK_OFFSET_ATTRIBUTE));
        boolean more = stuck || page.more();
        body.put("more", moreAsInt ? (Object) (more ? 1 : 0) : (Object) more);
        body.put("offset", stuck ? requestedOffset : page.nextOffset());
    }
}
