package dev.pulseboard.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;

/**
 * Keeps page sessions in step with the database: a session signed in before its user's password changed (or whose
 * user was removed) ends; a user whose password an administrator reset is sent to choose a new one before anything
 * else.
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "pulseboard.signedInAt";
    static final String CHOOSE_PASSWORD = "/account/password";

    private final Accounts accounts;
    private final Clock clock;

    SessionFreshnessFilter(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Marks the session as signed in now (at sign-in, and after the user changed their own password). */
    static void markSignedIn(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user) || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> current = accounts.findUser(user.userId());
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
            // Signed in another way (an accepted invitation's request.login, or a session older than this check).
            markSignedIn(request, clock);
            chain.doFilter(request, response);
            return;
        }
        Instant changedAt = current.flatMap(u -> accounts.passwordChangedAt(u.userId())).orElse(Instant.EPOCH);
        if (current.isEmpty() || changedAt.isAfter(signedInAt)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (current.get().mustChangePassword() && !path.equals(CHOOSE_PASSWORD) && !path.equals("/logout")
                && !isAsset(path)) {
            response.sendRedirect(request.getContextPath() + CHOOSE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }
}
