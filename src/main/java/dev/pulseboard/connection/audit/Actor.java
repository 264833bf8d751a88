package dev.pulseboard.connection.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.pulseboard.account.CurrentUser;

/** The signed-in user behind the current request, for the audit log; null for Pulseboard's own jobs. */
public final class Actor {

    private Actor() {
    }

    public static Long currentUserId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user.userId() : null;
    }
}
