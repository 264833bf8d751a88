package dev.pulseboard.dashboard;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs a page's user in with the e-mail and password they have just chosen (first run, an accepted invitation) under
 * a new session id: a session id someone planted in the browser beforehand (session fixation) never becomes a
 * signed-in session. The sign-in form does the same through Spring Security.
 */
public final class FreshSignIn {

    private FreshSignIn() {
    }

    public static void as(HttpServletRequest request, String email, String password) throws ServletException {
        request.login(email, password);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }
}
