package dev.pulseboard.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.pulseboard.account.PersonalAccessTokens;

/** Authenticates {@code Authorization: Bearer <personal access token>} on the API. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final PersonalAccessTokens tokens;
    private final ProblemEntryPoint problems;

    BearerTokenFilter(PersonalAccessTokens tokens, ProblemEntryPoint problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (user.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("The bearer token is not valid."));
            return;
        }
        if (user.get().readOnly() && !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            problems.readOnly(request, response);
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
