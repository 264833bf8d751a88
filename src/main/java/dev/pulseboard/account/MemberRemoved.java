package dev.pulseboard.account;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * Published inside the transaction that removes a member, before the member's row goes: listeners remove what
 * they keep for the member (the Withings link, readings, sync state) in the same transaction.
 */
public record MemberRemoved(HouseholdId householdId, MemberId memberId) {
}
