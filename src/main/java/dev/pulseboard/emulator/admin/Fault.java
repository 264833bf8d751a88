package dev.pulseboard.emulator.admin;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault to inject on a path (relative to the base path, e.g. {@code /measure}) and optionally an action.
 *
 * <ul>
 * <li>{@code status}: an envelope with body status {@code status} (e.g. 601, 503, 2555)</li>
 * <li>{@code http}: an HTTP error with status {@code status} (e.g. 500, 502) and an HTML body</li>
 * <li>{@code delay}: wait {@code delayMs}, then answer normally</li>
 * <li>{@code reset}: promise a body, send a few bytes and drop the connection</li>
 * <li>{@code malformed}: HTTP 200 with truncated JSON</li>
 * <li>{@code stuck-offset}: a normal page whose {@code offset} does not advance while {@code more} stays true</li>
 * </ul>
 * {@code count} is how many requests it hits; -1 (the default) means until cleared. A {@code delayMs} given with
 * another type than {@code delay} is a wait before the fault (an error after five seconds, as a gateway gives up).
 */
public record Fault(String path, String action, String type, int status, long delayMs, AtomicInteger remaining) {

    static final String STUCK_OFFSET = "stuck-offset";

    public boolean matches(String requestPath, String requestAction) {
        return path.equals(requestPath) && (action == null || action.equals(requestAction));
    }

    /** Uses up one hit; false once the count is exhausted. */
    public boolean take() {
        return remaining.get() < 0 || remaining.getAndUpdate(r -> r > 0 ? r - 1 : r) > 0;
    }
}
