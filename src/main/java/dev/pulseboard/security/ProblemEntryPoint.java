package dev.pulseboard.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.account.SignInThrottle;

/**
 * 401 and 403 on the API as {@code application/problem+json}, with a detail that says what to do: the same fields
 * and content type as the controllers' problems (Spring's {@code ProblemDetail}), so a client reads one shape. Also
 * the 400 of an API address Spring Security's firewall refuses ({@code //}, {@code ;}, {@code ..}: a client's base
 * URL that ends in a slash, say); other addresses get the firewall's plain 400 as before.
 */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final JsonMapper json;
    private final RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();

    ProblemEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottle.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().getSeconds())));
            write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage(), request.getRequestURI());
            return;
        }
        String authorization = request.getHeader("Authorization");
        // Only POST makes a token; GET lists them with a token like any other call.
        boolean tokenCreation = request.getRequestURI().endsWith("/api/v1/tokens") && "POST".equals(request.getMethod());
        String detail = tokenCreation && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? "An API token cannot make another token: make one with your e-mail and password (HTTP Basic) or "
                        + "on the page /account/tokens."
                : !tokenCreation && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                        ? "HTTP Basic (an e-mail and a password) is taken only by POST /api/v1/tokens, to make a token:"
                                + " send 'Authorization: Bearer <token>' here."
                : e instanceof BadCredentialsException && authorization != null
                        ? "The credentials are not valid (a token unknown, revoked or expired, or a wrong password)."
                : tokenCreation
                        ? "Authentication required: send your e-mail and password with HTTP Basic "
                                + "('Authorization: Basic <base64 of email:password>') to make a token."
                        : "Authentication required: send 'Authorization: Bearer <token>' (make one on the page "
                                + "/account/tokens, or with POST /api/v1/tokens and HTTP Basic).";
        if (tokenCreation) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Pulseboard\"");
        } else {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "You may not do this.", request.getRequestURI());
    }

    /** A read-only personal access token asked for a change. */
    void readOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "This personal access token is read-only: it may only read (GET).",
                request.getRequestURI());
    }

    /** HTTP Basic with a temporary password, which makes no token until its user has chosen their own. */
    void temporaryPassword(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "This password is temporary: sign in on the pages and choose your own "
                + "password first (Settings, Your password); then make a token.", request.getRequestURI());
    }

    /** A password (HTTP Basic, an invitation accepted with one) while password sign-in is off on this server. */
    void passwordOff(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Password sign-in is off on this server: use the household's "
                + "identity provider on the pages (an invitation: open its link and accept with the provider; an API "
                + "token: sign in, then Settings, API tokens at /account/tokens).", request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        if (path == null || !path.replace("//", "/").startsWith("/api/")) {
            pages.handle(request, response, e);
            return;
        }
        write(response, HttpStatus.BAD_REQUEST, "This address cannot be read: it has an empty segment (//), a ';' or a"
                + " '..', which no API address has. Check the client's base URL (no '/' at its end).", path);
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("detail", detail);
        problem.put("instance", instance);
        problem.put("status", status.value());
        problem.put("title", status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
