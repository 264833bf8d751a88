package dev.pulseboard.withings;

/**
 * Who is waiting for a Withings call. The app-wide rate budget serves {@link #INTERACTIVE} and
 * {@link #NOTIFICATION} calls first and keeps a reserve of each minute's requests away from {@link #BACKFILL}.
 */
public enum Priority {
    /** A person is waiting (a page, an API call, the OAuth callback). */
    INTERACTIVE,
    /** Fetching what a Withings notification announced. */
    NOTIFICATION,
    /** Pulling history in the background. */
    BACKFILL
}
