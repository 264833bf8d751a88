package dev.pulseboard.security;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.PersonalAccessTokens;
import dev.pulseboard.account.SignInThrottle;
import dev.pulseboard.security.oidc.OidcLogin;
import dev.pulseboard.security.oidc.OidcLogout;
import dev.pulseboard.security.oidc.Refusal;

/**
 * Four filter chains: token creation (HTTP Basic with e-mail and password, throttled; the only place Basic is
 * accepted); the JSON API (bearer personal access tokens, stateless, no CSRF); machine-to-machine endpoints that
 * carry their own proof (the built-in emulator, Withings' notifications, the health check); and the pages (form
 * login, throttled, and the household's OpenID provider when one is configured; session, CSRF on).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain tokenCreation(HttpSecurity http, ProblemEntryPoint problems,
            OidcLogin oidc, SignInProperties signIn) throws Exception {
        boolean passwordAllowed = signIn.passwordAllowed(oidc.enabled());
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // No bearer token here: a token that could make tokens would outlive its own end and its revocation.
                .addFilterBefore(apiPasswordOff(passwordAllowed, request -> {
                    String authorization = request.getHeader("Authorization");
                    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
                }, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(temporaryPasswordRefused(problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    /**
     * A temporary password (an administrator's reset) makes no API token: its user must choose their own password on
     * the pages first, as the pages insist ({@link SessionFreshnessFilter}); otherwise whoever set it could keep a
     * token the user never chose.
     */
    private static Filter temporaryPasswordRefused(ProblemEntryPoint problems) {
        return (request, response, chain) -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()) {
                SecurityContextHolder.clearContext();
                problems.temporaryPassword((HttpServletRequest) request, (HttpServletResponse) response);
                return;
            }
            chain.doFilter(request, response);
        };
    }

    /**
     * With password sign-in off, a request that brings a password (HTTP Basic for a token, an invitation accepted
     * through the API with one) is refused unchecked: 403 problem+json with the way round.
     */
    private static Filter apiPasswordOff(boolean passwordAllowed, RequestMatcher bringsPassword,
            ProblemEntryPoint problems) {
        return (request, response, chain) -> {
            if (!passwordAllowed && bringsPassword.matches((HttpServletRequest) request)) {
                problems.passwordOff((HttpServletRequest) request, (HttpServletResponse) response);
                return;
            }
            chain.doFilter(request, response);
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, PersonalAccessTokens tokens, ProblemEntryPoint problems,
            OidcLogin oidc, SignInProperties signIn) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AuthorizationFilter.class)
                .addFilterBefore(apiPasswordOff(signIn.passwordAllowed(oidc.enabled()), PathPatternRequestMatcher
                        .withDefaults().matcher(HttpMethod.POST, "/api/v1/invitations/*/accept"), problems),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/setup", "/api/v1/invitations/*/accept")
                        .permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain machines(HttpSecurity http) throws Exception {
        // /actuator/prometheus answers only when the operator exposes it, on a management port Prometheus reaches.
        http.securityMatcher("/emulator/withings/**", "/withings/notify/**", "/actuator/health/**",
                        "/actuator/health", "/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/emulator/withings/_admin/**").access(SecurityConfiguration::fromThisMachine)
                        .anyRequest().permitAll());
        return http.build();
    }

    /**
     * The demo emulator's admin API (test hooks: faults, clock, deliveries) answers only requests from this
     * machine, so a demo exposed on a network does not hand out its controls.
     */
    static AuthorizationDecision fromThisMachine(Supplier<? extends Authentication> auth,
            RequestAuthorizationContext context) {
        String address = context.getRequest().getRemoteAddr();
        boolean local = address != null && (address.startsWith("127.") || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1"));
        return new AuthorizationDecision(local);
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, Clock clock, OidcLogin oidc, OidcLogout logout,
            SignInProperties signIn) throws Exception {
        // The page asked for before signing in is remembered in a cookie, not a session: a visitor who is not signed
        // in (a crawler, a scanner) writes no session row into the database (Spring Session JDBC).
        var asked = new CookieRequestCache();
        var signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setRequestCache(asked);
        signedIn.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(auth -> auth
                        // A link to a report for someone without a login (export.share.ReportLinks) is its own key.
                        .requestMatchers("/login", "/setup", "/withings/callback", "/invitations/*", "/r/**",
                                "/invitations/*/oidc", "/error", SessionKeepAlive.PATH,
                                "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/v3/api-docs",
                                "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            SessionFreshnessFilter.markSignedIn(request, clock);
                            signedIn.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, e) -> {
                            SignInPageController.rememberTypedEmail(request);
                            response.sendRedirect(request.getContextPath()
                                    + (e instanceof SignInThrottle.Throttled ? "/login?locked" : "/login?error"));
                        })
                        .permitAll())
                .logout(out -> out.addLogoutHandler(logout).logoutSuccessHandler(logout).permitAll())
                .requestCache(cache -> cache.requestCache(asked))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
                .exceptionHandling(e -> e.accessDeniedHandler(new FormAfterSessionEnded()))
                .addFilterBefore(new SessionFreshnessFilter(accounts, clock), AuthorizationFilter.class)
                .addFilterBefore(passwordSignInOff(signIn.passwordAllowed(oidc.enabled())),
                        UsernamePasswordAuthenticationFilter.class)
                // No inline script anywhere (static/js/forms.js does what onsubmit and onclick did): a script that
                // found its way into a page would not run.
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        oidc.configure(http);
        return http.build();
    }

    /**
     * With password sign-in off ({@code pulseboard.password-login=false}), the sign-in form's POST is refused
     * unchecked, and so is an invitation accepted with a password (its page then offers only the provider).
     */
    private static Filter passwordSignInOff(boolean passwordAllowed) {
        var form = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        var invitation = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/invitations/*");
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if (!passwordAllowed && form.matches(http)) {
                ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/login?refused="
                        + Refusal.PASSWORD_OFF.code());
                return;
            }
            if (!passwordAllowed && invitation.matches(http)) {
                ((HttpServletResponse) response).sendRedirect(http.getRequestURI());
                return;
            }
            chain.doFilter(request, response);
        };
    }
}
