package dev.pulseboard.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page's form sent after its session ended (left open past the session's timeout, or across a restart of a server
 * without shared sessions): its CSRF token is one the server no longer knows and no one is signed in. The sender is
 * taken to the sign-in page, which says that nothing was saved, where the 403 page said "Your login may not do this"
 * (a sign-out is told it is signed out).
 * Every other refusal is the 403 page as before.
 */
final class FormAfterSessionEnded implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (denied instanceof CsrfException && (signedIn == null || trust.isAnonymous(signedIn))) {
            // Signing out of an ended session has nothing left to end.
            boolean signOut = "/logout".equals(request.getServletPath());
            response.sendRedirect(request.getContextPath() + (signOut ? "/login?logout" : "/login?ended"));
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
