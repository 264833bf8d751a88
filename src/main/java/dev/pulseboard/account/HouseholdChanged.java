package dev.pulseboard.account;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * Something changed in who may sign in or see what: published for the audit log. {@code byUserId} is who did it
 * (null when nobody signed in did, such as a lock-out), {@code member} the member concerned, if any.
 */
public record HouseholdChanged(HouseholdId household, Long byUserId, MemberId member, Change change, String detail) {

    /** What changed. */
    public enum Change {
        INVITATION_CREATED, INVITATION_ACCEPTED, INVITATION_REVOKED, GRANT_GIVEN, GRANT_REVOKED, GRANT_EXPIRED,
        ROLE_CHANGED, PASSWORD_RESET, PASSWORD_CHANGED, USER_REMOVED, SIGN_IN_LOCKED, SIGN_IN_REFUSED, IDENTITY_LINKED
    }
}
