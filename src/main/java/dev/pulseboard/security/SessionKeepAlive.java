package dev.pulseboard.security;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import dev.pulseboard.account.CurrentUser;

/**
 * {@code GET /session}: the "Stay signed in" of a page warned that its session is ending for lack of activity
 * ({@code static/js/session.js}), and what the page asks while someone types in it: a request like any other, so it
 * moves the session's last access; 204 while the session is signed in, 401 once it has ended. It is open to anyone,
 * so that an ended session's question is answered, not sent to the sign-in page and kept as the page to go back to
 * after signing in.
 */
@Controller
class SessionKeepAlive {

    static final String PATH = "/session";

    @GetMapping(PATH)
    ResponseEntity<Void> session(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(user == null ? HttpStatus.UNAUTHORIZED : HttpStatus.NO_CONTENT)
                .cacheControl(CacheControl.noStore()).build();
    }
}
