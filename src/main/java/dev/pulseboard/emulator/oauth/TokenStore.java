package dev.pulseboard.emulator.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.Sha256;
import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.StateFile;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.protocol.WithingsException;

/**
 * Authorization codes (30 s, single-use, bound to client and redirect URI), access tokens (3 h) and refresh tokens
 * (1 year) with Withings' rotation: a refreshed token dies 8 h after its successor is issued, or as soon as the
 * successor's access token is first used. With {@code state-dir} set (demo mode), the live refresh tokens are kept
 * in {@code links.properties} there and read back at start, so a restart of the server ends no link (access tokens
 * are not kept: the first call after a restart is refused and renews, as after a long pause).
 */
@Component
public class TokenStore {

    static final Duration CODE_LIFETIME = Duration.ofSeconds(30);
    static final Duration ACCESS_LIFETIME = Duration.ofHours(3);
    static final Duration REFRESH_LIFETIME = Duration.ofDays(365);
    static final Duration ROTATION_GRACE = Duration.ofHours(8);

    record Code(String clientId, String redirectUri, String userId, String scope, Instant expiresAt) {
    }

    /** Who an access token speaks for. */
    public record Grant(String clientId, String userId, String scope) {
        public boolean hasScope(String wanted) {
            return Arrays.asList(scope.split(",")).contains(wanted);
        }
    }

    private static final class Access {
        final Grant grant;
        final Instant expiresAt;
        final Refresh parent;
        volatile boolean revoked;
        volatile boolean used;

        Access(Grant grant, Instant expiresAt, Refresh parent) {
            this.grant = grant;
            this.expiresAt = expiresAt;
            this.parent = parent;
        }
    }

    private static final class Refresh {
        final Grant grant;
        final Instant expiresAt;
        volatile String pairedAccess;
        volatile Instant diesAt;
        volatile boolean revoked;

        Refresh(Grant grant, Instant expiresAt) {
            this.grant = grant;
            this.expiresAt = expiresAt;
        }

        boolean alive(Instant now) {
            return !revoked && now.isBefore(expiresAt) && (diesAt == null || now.isBefore(diesAt));
        }
    }

    private final EmulatorClock clock;
    private final EmulatorProperties properties;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    /** By the SHA-256 of the token: what is kept in the state file is no token a server could use. */
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();

    private final StateFile linksFile;

    TokenStore(EmulatorClock clock, EmulatorProperties properties) {
        this.clock = clock;
        this.properties = properties;
        this.linksFile = new StateFile(properties, "links.properties", "links");
        load();
    }

    public String issueCode(String clientId, String redirectUri, String userId, String scope) {
        String code = Secrets.hex(20);
        codes.put(code, new Code(clientId, redirectUri, userId, scope, clock.now().plus(CODE_LIFETIME)));
        return code;
    }

    Map<String, Object> exchangeCode(String clientId, String code, String redirectUri) {
        Code stored = code == null ? null : codes.remove(code);
        if (stored == null || !clock.now().isBefore(stored.expiresAt())) {
            throw WithingsException.invalidParams("invalid code");
        }
        // A recovered code (recoverauthorizationcode) has no redirect URI of its own.
        if (!stored.clientId().equals(clientId)
                || stored.redirectUri() != null && !stored.redirectUri().equals(redirectUri)) {
            throw WithingsException.invalidParams("invalid code or redirect_uri mismatch");
        }
        Map<String, Object> issued = issue(new Grant(clientId, stored.userId(), stored.scope()), null);
        save();
        return issued;
    }

    /** Tokens straight away, without a code: {@code getdemoaccess}. */
    public Map<String, Object> issueDirect(Grant grant) {
        Map<String, Object> issued = issue(grant, null);
        save();
        return issued;
    }

    synchronized Map<String, Object> refresh(String clientId, String refreshToken) {
        Refresh old = refreshToken == null ? null : refreshTokens.get(Sha256.hex(refreshToken));
        Instant now = clock.now();
        if (old == null || !old.grant.clientId().equals(clientId) || !old.alive(now)) {
            throw WithingsException.invalidParams("invalid refresh_token");
        }
        if (old.diesAt == null) {
            old.diesAt = now.plus(ROTATION_GRACE);
        }
        if (properties.revokeAccessTokenOnRefresh() && old.pairedAccess != null) {
            Access previous = accessTokens.get(old.pairedAccess);
            if (previous != null) {
                previous.revoked = true;
            }
        }
        Map<String, Object> issued = issue(old.grant, old);
        save();
        return issued;
    }

    /** The grant behind a live access token with the given scope, or the error Withings answers. */
    public Grant authenticate(String accessToken, String scope) {
        Access access = accessToken == null ? null : accessTokens.get(accessToken);
        if (access == null || access.revoked || !clock.now().isBefore(access.expiresAt)) {
            throw WithingsException.invalidToken();
        }
        if (!access.used) {
            access.used = true;
            if (access.parent != null) {
                access.parent.revoked = true;
                save();
            }
        }
        if (scope != null && !access.grant.hasScope(scope)) {
            throw WithingsException.insufficientScope();
        }
        return access.grant;
    }

    /** The client an access token was issued to, without counting as a use; null when unknown. */
    public String clientOf(String accessToken) {
        Access access = accessToken == null ? null : accessTokens.get(accessToken);
        return access == null ? null : access.grant.clientId();
    }

    /** The grant of a live link between a client and a user (a refresh token still working), if there is one. */
    Optional<Grant> grantOf(String clientId, String userId) {
        Instant now = clock.now();
        return refreshTokens.values().stream().filter(r -> owns(r.grant, clientId, userId) && r.alive(now))
                .map(r -> r.grant).findFirst();
    }

    /** Kills every token of a user for a client (signed revoke). */
    void revokeUser(String clientId, String userId) {
        accessTokens.values().stream().filter(a -> owns(a.grant, clientId, userId)).forEach(a -> a.revoked = true);
        refreshTokens.values().stream().filter(r -> owns(r.grant, clientId, userId)).forEach(r -> r.revoked = true);
        save();
    }

    public void reset() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
        save();
    }

    /** The live refresh tokens, one a line: sha256 = client|user|scope|expires|dies (empty: not refreshed yet). */
    private synchronized void save() {
        Instant now = clock.now();
        Properties links = new Properties();
        refreshTokens.forEach((token, r) -> {
            if (r.alive(now)) {
                links.setProperty(token, String.join("|", r.grant.clientId(), r.grant.userId(), r.grant.scope(),
                        r.expiresAt.toString(), r.diesAt == null ? "" : r.diesAt.toString()));
            }
        });
        linksFile.write(links);
    }

    private void load() {
        linksFile.read().forEach((token, value) -> {
            String[] f = value.toString().split("\\|", -1);
            if (f.length == 5) {
                Refresh r = new Refresh(new Grant(f[0], f[1], f[2]), Instant.parse(f[3]));
                r.diesAt = f[4].isEmpty() ? null : Instant.parse(f[4]);
                refreshTokens.put(token.toString(), r);
            }
        });
    }

    private static boolean owns(Grant grant, String clientId, String userId) {
        return grant.clientId().equals(clientId) && grant.userId().equals(userId);
    }

    private Map<String, Object> issue(Grant grant, Refresh parent) {
        Instant now = clock.now();
        String accessToken = Secrets.hex(20);
        String refreshToken = Secrets.hex(20);
        Refresh refresh = new Refresh(grant, now.plus(REFRESH_LIFETIME));
        refresh.pairedAccess = accessToken;
        refreshTokens.put(Sha256.hex(refreshToken), refresh);
        accessTokens.put(accessToken, new Access(grant, now.plus(ACCESS_LIFETIME), parent));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userid", properties.alternateShapes(grant.userId()) ? grant.userId()
                : userIdAsSent(grant.userId()));
        body.put("access_token", accessToken);
        body.put("refresh_token", refreshToken);
        body.put("expires_in", ACCESS_LIFETIME.toSeconds());
        body.put("scope", grant.scope());
        body.put("csrf_token", Secrets.hex(16));
        body.put("token_type", "Bearer");
        return body;
    }

    /**
     * The user id as the token answer carries it (unless {@code alternate-shapes-user-ids} names the user, who gets a
     * string): a JSON number, as in OAS and in the answer withings-api.md §2 quotes ({@code "userid":363}), where
     * webhooks send the same id as a form string; a client that compares the two as they come does not find the
     * user. An id that is not all digits stays a string.
     */
    private static Object userIdAsSent(String userId) {
        boolean digits = !userId.isEmpty() && userId.length() < 19 && userId.chars().allMatch(Character::isDigit);
        return digits ? (Object) Long.valueOf(userId) : userId;
    }
}
