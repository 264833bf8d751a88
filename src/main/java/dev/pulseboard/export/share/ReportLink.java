package dev.pulseboard.export.share;

import java.time.Instant;
import java.time.LocalDate;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.BpGuideline;

/**
 * A link to one member's home blood-pressure report for someone without a login (their doctor, named by
 * {@code label}): the report of {@code firstDay} to {@code lastDay}, read against {@code guideline}, until
 * {@code expiresAt} or until it is revoked. The link's token is not kept, only its hash.
 */
public record ReportLink(long id, MemberId memberId, HouseholdId householdId, String label, LocalDate firstDay,
        LocalDate lastDay, BpGuideline guideline, Instant createdAt, Instant expiresAt, Instant revokedAt,
        int openedCount, Instant lastOpenedAt) {

    /** The same link, stored under {@code id}. */
    ReportLink withId(long id) {
        return new ReportLink(id, memberId, householdId, label, firstDay, lastDay, guideline, createdAt, expiresAt,
                revokedAt, openedCount, lastOpenedAt);
    }

    /** Whether an opening at {@code now} is the link's first of the day that starts at {@code dayStart}. */
    boolean firstOpeningSince(Instant dayStart) {
        return lastOpenedAt == null || lastOpenedAt.isBefore(dayStart);
    }

    /** Whether the link still opens at {@code now}. */
    public boolean opensAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
