package dev.pulseboard.withings.transport;

import java.util.BitSet;
import java.util.regex.Pattern;

import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.WithingsNotImplementedException;
import dev.pulseboard.withings.WithingsRateLimitedException;
import dev.pulseboard.withings.WithingsTransientException;
import dev.pulseboard.withings.WithingsUnauthorizedException;

/** Maps a non-zero body {@code status} to the exception family (withings-api.md §7). */
public final class WithingsStatus {

    private static final BitSet AUTHENTICATION = codes("100-102 200 401");
    private static final BitSet INVALID_PARAMS = codes("201-213 216-218 220-221 223 225 227-230 234-236 238 "
            + "240-252 254 260-267 271-272 275-276 283-288 290 293-295 297 300-304 321 323-353 380-382 400 "
            + "501-511 523 532 3017-3019");
    private static final BitSet UNAUTHORIZED = codes("214 277 2553 2555");
    static final int RATE_LIMITED = 601;
    static final int NOT_IMPLEMENTED = 2554;
    public static final int INVALID_TOKEN = 401;
    /** Token-like runs (hex or base64ish, 16+ chars) are cut out of error texts before they reach a message. */
    private static final Pattern SECRET_LIKE = Pattern.compile("[A-Za-z0-9_\\-]{16,}");

    private WithingsStatus() {
    }

    /**
     * The exception for a non-zero body status; {@code error} is Withings' error text (may be null). Codes that
     * no list names, and the "an error occurred" family (timeouts 522, bad state 524, ...), count as transient.
     */
    static WithingsException toException(String endpoint, int status, String error) {
        String message = describe(error);
        if (AUTHENTICATION.get(status)) {
            return new WithingsAuthenticationException(endpoint, status, message);
        }
        if (INVALID_PARAMS.get(status)) {
            return new WithingsInvalidParamsException(endpoint, status, message);
        }
        if (UNAUTHORIZED.get(status)) {
            return new WithingsUnauthorizedException(endpoint, status, message);
        }
        if (status == RATE_LIMITED) {
            return new WithingsRateLimitedException(endpoint, status, message);
        }
        if (status == NOT_IMPLEMENTED) {
            return new WithingsNotImplementedException(endpoint, status, message);
        }
        return new WithingsTransientException(endpoint, status, message);
    }

    private static String describe(String error) {
        if (error == null || error.isBlank()) {
            return "Withings returned an error";
        }
        String safe = SECRET_LIKE.matcher(error).replaceAll("…");
        return "Withings returned an error: " + (safe.length() > 200 ? safe.substring(0, 200) + "…" : safe);
    }

    private static BitSet codes(String ranges) {
        BitSet set = new BitSet();
        for (String range : ranges.split(" ")) {
            int dash = range.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1));
            set.set(from, to + 1);
        }
        return set;
    }
}
