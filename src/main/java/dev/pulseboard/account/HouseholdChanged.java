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
        ROLE_CHANGED, PASSWORD_RESET, PASSWORD_CHANGED, USER_REMOVED, SIGN_IN_LOCKED, SIGN_IN_REFUSED, IDENTITY_LINKED,
        /** A shared-scale reading moved into a member's history, or thrown away: who sees it changed. */
        READING_ASSIGNED, READING_DISCARDED,
        /** An administrator said which member is them, or that it is not. */
        LOGIN_LINKED, LOGIN_UNLINKED,
        /** Who a member is: added, renamed, their date of birth (it identifies them on a doctor's report). */
        MEMBER_ADDED, MEMBER_RENAMED, BIRTH_DATE_CHANGED,
        /** The note for the doctor on the member's blood-pressure report: written, changed, removed. */
        REPORT_NOTE_CHANGED,
        /** A personal access token made or revoked: who may read (or change) data through the API. */
        TOKEN_CREATED, TOKEN_REVOKED,
        /** An archive's import into a member's history started; a backup of the database started. */
        IMPORTED, BACKUP_REQUESTED,
        /** The server started on a database restored from a backup: what was recorded after it is gone. */
        RESTORED
    }

    /**
     * A shared-scale reading of {@code from}'s, described as {@code reading} ("weight 82.7 kg taken ..."), sorted out
     * by {@code user}: moved to the member named {@code to}, or discarded ({@code to} null).
     */
    public static HouseholdChanged readingSorted(CurrentUser user, MemberId from, String reading, String to) {
        return new HouseholdChanged(user.householdId(), user.userId(), from,
                to == null ? Change.READING_DISCARDED : Change.READING_ASSIGNED,
                "shared-scale reading: " + reading + (to == null ? ", discarded" : ", moved to " + to));
    }
}
