package dev.pulseboard.api;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.sync.MemberZones;

/**
 * The API's {@code from}/{@code to} for a member's readings: a day (YYYY-MM-DD) is the member's local day, in their
 * zone ({@link MemberZones}, else UTC) as exports and the member's pages have it ({@code to} inclusive); an instant
 * stays that instant. A bad bound is a 400 that says why.
 */
@Component
class MemberWindows {

    private final MemberZones zones;

    MemberWindows(MemberZones zones) {
        this.zones = zones;
    }

    TimeWindow parse(MemberId member, String from, String to) {
        try {
            return TimeWindow.parse(from, to, zones.of(member));
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.BadRequest(e.getMessage());
        }
    }
}
