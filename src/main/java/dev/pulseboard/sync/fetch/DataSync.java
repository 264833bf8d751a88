package dev.pulseboard.sync.fetch;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.Priority;

/** The sync of one Withings data type for one member. */
public interface DataSync {

    /** The name of the data type, also the key of its cursor. */
    String dataType();

    /**
     * Syncs the data type; returns how many items Withings returned that are new or changed since its last run (0:
     * nothing new, which after a measures notification means a deletion).
     */
    int run(MemberId member, AccessTokens tokens, Priority priority);

    /**
     * The run a notification asked for, which may leave out what does not need to be that fresh (a full run, the
     * safety net or "Sync now", catches it up); the whole run by default.
     */
    default int runNotified(MemberId member, AccessTokens tokens, Priority priority) {
        return run(member, tokens, priority);
    }

    /**
     * The run of the weekly safety net (with webhooks): it stands in for notifications that may have been lost, so it
     * costs no more than the notified reads it replaces; the whole run by default.
     */
    default int runSafetyNet(MemberId member, AccessTokens tokens, Priority priority) {
        return run(member, tokens, priority);
    }
}
