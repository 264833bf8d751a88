package dev.pulseboard.security.oidc;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-out: the Pulseboard session always ends; a session signed in with the provider also ends the provider's
 * session when its discovery document offers an {@code end_session_endpoint} (RP-initiated logout, with the ID token
 * as {@code id_token_hint} and the sign-in page as {@code post_logout_redirect_uri}). Otherwise the sign-in page.
 */
@Component
public class OidcLogout implements LogoutHandler, LogoutSuccessHandler {

    private static final String SIGNED_OUT = "/login?logout";

    private final OidcClientRegistrations registrations;
    private final OidcClientInitiatedLogoutSuccessHandler atProvider;
    private final SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();

    OidcLogout(OidcClientRegistrations registrations) {
        this.registrations = registrations;
        this.atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        this.atProvider.setPostLogoutRedirectUri(registrations.afterLogout());
        this.atProvider.setDefaultTargetUrl(SIGNED_OUT);
        this.local.setDefaultTargetUrl(SIGNED_OUT);
    }

    /** Runs before the session ends: keeps the session's ID token for the provider's end-session endpoint. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(OidcSignIn.ID_TOKEN) instanceof OidcIdToken idToken) {
            request.setAttribute(OidcSignIn.ID_TOKEN, idToken);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (request.getAttribute(OidcSignIn.ID_TOKEN) instanceof OidcIdToken idToken
                && registrations.endSessionEndpoint().isPresent()) {
            atProvider.onLogoutSuccess(request, response, new OAuth2AuthenticationToken(
                    new DefaultOidcUser(List.of(), idToken), List.of(), OidcClientRegistrations.ID));
            return;
        }
        local.onLogoutSuccess(request, response, authentication);
    }
}
