package dev.pulseboard.connection;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * The OAuth states a browser session started (its last ten), so that a page-started flow must return to the same
 * session.
 */
public final class BrowserStates {

    private static final String ATTRIBUTE = BrowserStates.class.getName();
    private static final int MAX_PENDING = 10;

    private final HttpSession session;

    private BrowserStates(HttpSession session) {
        this.session = session;
    }

    public static BrowserStates of(HttpSession session) {
        return new BrowserStates(session);
    }

    /** For callbacks with no session: nothing remembered. */
    public static BrowserStates none() {
        return new BrowserStates(null);
    }

    void remember(String state) {
        Set<String> pending = pending(true);
        if (pending.size() >= MAX_PENDING) {
            pending.remove(pending.iterator().next());
        }
        pending.add(state);
        session.setAttribute(ATTRIBUTE, pending);
    }

    /**
     * Whether this browser session started the flow of {@code state}. It stays known after the flow is completed
     * (the database uses the state up, once): a second click on the callback, racing the first, is then told the
     * link was already used, not that it was started in another browser.
     */
    boolean startedHere(String state) {
        Set<String> pending = pending(false);
        return pending != null && pending.contains(state);
    }

    @SuppressWarnings("unchecked")
    private Set<String> pending(boolean create) {
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(ATTRIBUTE);
        if (value instanceof Set<?> set) {
            return (Set<String>) set;
        }
        return create ? new LinkedHashSet<>() : null;
    }
}
