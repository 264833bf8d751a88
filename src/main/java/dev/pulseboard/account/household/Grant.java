package dev.pulseboard.account.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import dev.pulseboard.core.MemberId;

/** One user's access to one member's data, given by the member's own user or an administrator. */
public record Grant(long id, MemberId memberId, String memberName, long granteeId, String granteeName, Access access,
        Instant until, String grantedByName, Instant createdAt) {

    /** When a grant whose last day is {@code lastDay} in {@code zone} ends: as the next day starts there. */
    public static Instant endAfter(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last day of access in {@code zone} (a grant ends when the next day starts); null until revoked. */
    public LocalDate lastDay(ZoneId zone) {
        return until == null ? null : until.atZone(zone).minusNanos(1).toLocalDate();
    }

    /**
     * Whether it ends as a day ends in {@code zone}, as a grant with a last day does; one given an exact instant
     * through the API may end at any time of day, which "last day" would misstate.
     */
    public boolean endsAsADayEnds(ZoneId zone) {
        return until != null && until.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
