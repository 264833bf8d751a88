package dev.pulseboard.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Adds {@code oauth2Login} to the pages' filter chain when {@code pulseboard.oidc.issuer-uri} is set: authorization
 * code with PKCE and a nonce (Spring Security's defaults), UserInfo read whenever the provider has the endpoint (for
 * groups that only it sends), the provider's tokens kept nowhere (Pulseboard calls nothing on the person's behalf).
 */
@Component
public class OidcLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final OidcProperties properties;
    private final OidcClientRegistrations registrations;
    private final OidcSignIn signIn;

    OidcLogin(OidcProperties properties, OidcClientRegistrations registrations, OidcSignIn signIn) {
        this.properties = properties;
        this.registrations = registrations;
        this.signIn = signIn;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    public void configure(HttpSecurity http) throws Exception {
        if (!properties.enabled()) {
            return;
        }
        log.info("Sign-in with the identity provider {} is on (discovered at first use)", properties.issuerUri());
        var users = new OidcUserService();
        users.setRetrieveUserInfo(request -> StringUtils.hasText(
                request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri()));
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NotKept())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(signIn)
                .failureHandler(signIn)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // The provider unreachable when the sign-in starts: the sign-in page says so.
                        filter.setAuthenticationFailureHandler(signIn);
                        return filter;
                    }
                }));
    }

    /** The provider's access and refresh tokens are not needed after sign-in: kept nowhere. */
    private static final class NotKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // not kept
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // nothing kept
        }
    }
}
