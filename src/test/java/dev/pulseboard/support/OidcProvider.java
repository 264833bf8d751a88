package dev.pulseboard.support;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.TokenRequest;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * A real OpenID provider for the sign-in tests (NAV's mock-oauth2-server: discovery, authorization code with PKCE,
 * signed ID tokens, UserInfo, end-session), started once per test run on a free port, on this machine only. It signs
 * whoever asks in at once; {@link #next(Person)} chooses who that is and what the tokens say.
 */
public final class OidcProvider {

    public static final String ISSUER_ID = "household";
    public static final String CLIENT_ID = "pulseboard-test";
    /** A test-only client secret; the mock provider accepts any. */
    public static final String CLIENT_SECRET = "test-only-client-secret";

    private static OidcProvider shared;

    private final MockOAuth2Server server;
    private final int port;

    private OidcProvider(int port) {
        this.port = port;
        this.server = new MockOAuth2Server();
    }

    /** The provider of this test run, running. */
    public static synchronized OidcProvider shared() {
        if (shared == null) {
            shared = new OidcProvider(TestEnvironment.freePort());
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::shutdown));
        }
        return shared;
    }

    /** A provider not started yet, on a free port of its own: for "the provider is down when Pulseboard starts". */
    public static OidcProvider stopped() {
        return new OidcProvider(TestEnvironment.freePort());
    }

    public void start() {
        server.start(port);
    }

    public void stop() {
        try {
            server.shutdown();
        } catch (RuntimeException notRunning) {
            // never started, or already stopped
        }
    }

    public String issuer() {
        return "http://localhost:" + port + "/" + ISSUER_ID;
    }

    /** Pulseboard's settings for this provider, plus {@code extra} pairs (name, value, name, value ...). */
    public Map<String, Object> settings(String... extra) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("pulseboard.oidc.issuer-uri", issuer());
        settings.put("pulseboard.oidc.client-id", CLIENT_ID);
        settings.put("pulseboard.oidc.client-secret", CLIENT_SECRET);
        settings.put("pulseboard.oidc.name", "Household ID");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return settings;
    }

    /** The next sign-in at this provider is this person. */
    public void next(Person person) {
        server.enqueueCallback(new PersonCallback(person));
    }

    /**
     * Who signs in and what the provider says about them: claims of the ID token, claims of UserInfo (the provider
     * serves the access token's claims there), and how long the tokens live (negative: already expired).
     */
    public record Person(String subject, Map<String, Object> idToken, Map<String, Object> userInfo, long lifetime) {

        public static Person of(String subject, String email, boolean emailVerified) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("email", email);
            claims.put("email_verified", emailVerified);
            claims.put("name", "Person " + subject);
            return new Person(subject, claims, new LinkedHashMap<>(claims), 3600);
        }

        /** A claim in both the ID token and UserInfo. */
        public Person with(String claim, Object value) {
            return withIdToken(claim, value).withUserInfo(claim, value);
        }

        public Person withIdToken(String claim, Object value) {
            Map<String, Object> claims = new LinkedHashMap<>(idToken);
            claims.put(claim, value);
            return new Person(subject, claims, userInfo, lifetime);
        }

        public Person withUserInfo(String claim, Object value) {
            Map<String, Object> claims = new LinkedHashMap<>(userInfo);
            claims.put(claim, value);
            return new Person(subject, idToken, claims, lifetime);
        }

        /** Tokens issued two hours ago that expired an hour ago (beyond any clock skew allowed). */
        public Person expiredAnHourAgo() {
            Date now = new Date();
            return withIdToken("iat", new Date(now.getTime() - 7_200_000)).withIdToken("nbf",
                    new Date(now.getTime() - 7_200_000)).withIdToken("exp", new Date(now.getTime() - 3_600_000));
        }
    }

    /** The provider builds the ID token first, then the access token (whose claims UserInfo serves). */
    private static final class PersonCallback implements OAuth2TokenCallback {

        private final Person person;
        private int calls;

        PersonCallback(Person person) {
            this.person = person;
        }

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return person.subject();
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return "JWT";
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return List.of(CLIENT_ID);
        }

        @Override
        public synchronized Map<String, Object> addClaims(TokenRequest request) {
            return calls++ == 0 ? person.idToken() : person.userInfo();
        }

        @Override
        public long tokenExpiry() {
            return person.lifetime();
        }
    }
}
