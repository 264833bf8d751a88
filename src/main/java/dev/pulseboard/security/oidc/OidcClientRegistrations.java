package dev.pulseboard.security.oidc;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * The one client registration, {@value #ID}, built from {@link OidcProperties} and the provider's discovery document,
 * which is read lazily: at the first sign-in (or sign-in page), not at start-up, so the server starts and serves
 * everything else while the provider is down. A failed discovery is retried at the next use after
 * {@link #RETRY_AFTER}; a successful one is kept.
 */
@Component
public class OidcClientRegistrations implements ClientRegistrationRepository {

    public static final String ID = "oidc";
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };
    private static final Logger log = LoggerFactory.getLogger(OidcClientRegistrations.class);

    private final OidcProperties properties;
    private final String publicUrl;
    private final Clock clock;
    /** Made at the first discovery, not during the start-up (and never while OIDC is off). */
    private final Supplier<RestClient> http;
    private final Object lock = new Object();
    private volatile ClientRegistration registration;
    private Instant failedAt;

    OidcClientRegistrations(OidcProperties properties, @Value("${pulseboard.public-url:}") String publicUrl,
            Clock clock) {
        this.properties = properties;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.clock = clock;
        this.http = SingletonSupplier.of(OidcClientRegistrations::restClient);
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? resolve().orElse(null) : null;
    }

    /** The registration, discovering the provider first if needed; empty when off or the provider is unreachable. */
    public Optional<ClientRegistration> resolve() {
        ClientRegistration known = registration;
        if (known != null || !properties.enabled()) {
            return Optional.ofNullable(known);
        }
        synchronized (lock) {
            if (registration == null && (failedAt == null || !clock.instant().isBefore(failedAt.plus(RETRY_AFTER)))) {
                try {
                    registration = discover();
                    failedAt = null;
                    log.info("Discovered the identity provider {}", properties.issuerUri());
                } catch (RuntimeException e) {
                    failedAt = clock.instant();
                    log.warn("The identity provider {} could not be reached: {}", properties.issuerUri(),
                            e.getMessage());
                }
            }
            return Optional.ofNullable(registration);
        }
    }

    /** The provider's end-session endpoint, when its discovery document offers one (RP-initiated logout). */
    public Optional<String> endSessionEndpoint() {
        return resolve().map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(Object::toString).filter(StringUtils::hasText);
    }

    /** Where the provider sends the browser back: {@code {public-url}/login/oauth2/code/oidc}. */
    String redirectUri() {
        return (publicUrl.isEmpty() ? "{baseUrl}" : publicUrl) + "/login/oauth2/code/{registrationId}";
    }

    /** Where the provider sends the browser after signing out there. */
    String afterLogout() {
        return (publicUrl.isEmpty() ? "{baseUrl}" : publicUrl) + "/login?logout";
    }

    private static RestClient restClient() {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build());
        factory.setReadTimeout(READ_TIMEOUT);
        return RestClient.builder().requestFactory(factory).build();
    }

    private ClientRegistration discover() {
        String issuer = properties.issuerUri().strip();
        Map<String, Object> metadata = http.get().get()
                .uri(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration").retrieve().body(JSON_OBJECT);
        if (metadata == null || !issuer.equals(metadata.get("issuer"))) {
            throw new IllegalStateException("its discovery document names another issuer ("
                    + (metadata == null ? "none" : metadata.get("issuer")) + ")");
        }
        ClientRegistration.Builder builder = ClientRegistrations.fromOidcConfiguration(metadata).registrationId(ID)
                .clientId(properties.clientId()).clientSecret(properties.clientSecret()).scope(properties.scopes())
                .clientName(properties.name()).redirectUri(redirectUri()).userNameAttributeName("sub");
        if (StringUtils.hasText(properties.tokenAuthMethod())) {
            builder.clientAuthenticationMethod(new ClientAuthenticationMethod(properties.tokenAuthMethod().strip()));
        }
        return builder.build();
    }
}
