package dev.pulseboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a page's CSRF token is kept: in the session of a visitor who has one (signed in, or a sign-in that failed),
 * and in a cookie (HttpOnly; forms carry the token themselves) for one who has none yet. So the sign-in page, the
 * first-run page or an invitation's page shown to a visitor writes no session, a row in the database with Spring
 * Session JDBC; a form sent after its session ended still fails its check (its token was the session's), which
 * {@link FormAfterSessionEnded} tells.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens() {
        cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return repository(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            // Removed (a sign-in or a sign-out): from both, so no stale cookie token is left behind.
            session.saveToken(null, request, response);
            cookie.saveToken(null, request, response);
            return;
        }
        repository(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return repository(request).loadToken(request);
    }

    private CsrfTokenRepository repository(HttpServletRequest request) {
        return request.getSession(false) != null ? session : cookie;
    }
}
