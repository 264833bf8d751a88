package dev.pulseboard.connection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.pulseboard.account.CurrentUser;

/** The signed-in user behind the current request, for the audit log; null for Pulseboard's own jobs. */
final class Actor {

    private Actor() {
    }

    static Long currentUserId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user.userId() : null;
    }
}
