package dev.pulseboard.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pulseboard.connection.ConnectionRepository.StoredConnection;
import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.connection.vault.TokenCipher;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsClientRejectedException;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.oauth.TokenGrant;
import dev.pulseboard.withings.oauth.WithingsOAuth;

/**
 * Hands out access tokens and refreshes them when a call is due and the token expires within {@link #MARGIN}.
 * A refresh is single-flight: one per member within this process (a lock) and across instances (the
 * connection row is locked for update while Withings is asked). The new pair is committed before the new access
 * token is used, so a crash in between leaves the old refresh token, which Withings honours until the new
 * access token is first used.
 */
@Component
class TokenRefresher {

    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

    private final ConnectionRepository repository;
    private final TokenCipher cipher;
    private final WithingsOAuth oauth;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final ConcurrentHashMap<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    TokenRefresher(ConnectionRepository repository, TokenCipher cipher, WithingsOAuth oauth, TransactionTemplate tx,
            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.oauth = oauth;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    AccessTokens tokensFor(MemberId member) {
        return new AccessTokens() {
            @Override
            public String current() {
                StoredConnection c = usable(repository.find(member).orElse(null), member);
                if (c.expiresAt() != null && c.expiresAt().isAfter(clock.instant().plus(MARGIN))) {
                    return cipher.decrypt(c.accessTokenEnc(), member.value());
                }
                return refresh(member, null);
            }

            @Override
            public String renewAfterRejection(String rejectedToken) {
                return refresh(member, rejectedToken);
            }
        };
    }

    /**
     * Whether calls made now and for the next {@code span} would use the stored access token as it is, with no
     * renewal (false for a member not connected).
     */
    boolean live(MemberId member, Duration span) {
        return repository.find(member).filter(c -> c.state() == ConnectionState.CONNECTED && c.expiresAt() != null)
                .map(c -> c.expiresAt().isAfter(clock.instant().plus(MARGIN).plus(span))).orElse(false);
    }

    private String refresh(MemberId member, String rejectedToken) {
        ReentrantLock lock = locks.computeIfAbsent(member.value(), k -> new ReentrantLock());
        lock.lock();
        try {
            return tx.execute(status -> refreshLocked(member, rejectedToken));
        } catch (WithingsAuthenticationException dead) {
            log.warn("Withings refused to refresh the grant of member {}: reconnect required", member);
            tx.executeWithoutResult(s -> repository.find(member).ifPresent(c -> {
                repository.markReconnectRequired(member, clock.instant());
                audit.record(c.householdId(), null, member, AuditLog.Action.REVOKED_BY_WITHINGS,
                        "Withings refused to refresh the grant of user " + c.withingsUserId());
            }));
            throw dead;
        } catch (WithingsClientRejectedException setting) {
            // The operator's setting, not the member's grant: the link stays, and the Server page says so.
            tx.executeWithoutResult(s -> repository.markClientRejected(member, clock.instant()));
            throw setting;
        } finally {
            lock.unlock();
        }
    }

    private String refreshLocked(MemberId member, String rejectedToken) {
        StoredConnection c = usable(repository.lock(member).orElse(null), member);
        String current = cipher.decrypt(c.accessTokenEnc(), member.value());
        Instant now = clock.instant();
        boolean stillFresh = c.expiresAt() != null && c.expiresAt().isAfter(now.plus(MARGIN));
        if (rejectedToken == null ? stillFresh : !rejectedToken.equals(current)) {
            return current;
        }
        TokenGrant grant = oauth.refresh(cipher.decrypt(c.refreshTokenEnc(), member.value()));
        repository.updateTokens(member, cipher.encrypt(grant.accessToken(), member.value()),
                cipher.encrypt(grant.refreshToken(), member.value()), now.plusSeconds(grant.expiresInSeconds()), now);
        log.debug("Refreshed the Withings access token of member {}", member);
        return grant.accessToken();
    }

    private static StoredConnection usable(StoredConnection c, MemberId member) {
        if (c == null || c.state() != ConnectionState.CONNECTED) {
            throw new ConnectionException(ConnectionException.Reason.NOT_CONNECTED,
                    "Member " + member + " is not connected to Withings.");
        }
        return c;
    }
}
