package dev.pulseboard.account.household;

import java.time.Instant;

import dev.pulseboard.core.MemberId;

/** One user's access to one member's data, given by the member's own user or an administrator. */
public record Grant(long id, MemberId memberId, String memberName, long granteeId, String granteeName, Access access,
        Instant until, String grantedByName, Instant createdAt) {
}
