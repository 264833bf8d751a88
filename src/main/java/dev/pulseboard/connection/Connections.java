package dev.pulseboard.connection;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.MemberRemoved;
import dev.pulseboard.account.Members;
import dev.pulseboard.connection.ConnectionException.Reason;
import dev.pulseboard.connection.ConnectionRepository.StoredConnection;
import dev.pulseboard.connection.OAuthStates.Origin;
import dev.pulseboard.connection.audit.Actor;
import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.connection.vault.TokenCipher;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsClientRejectedException;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.oauth.TokenGrant;
import dev.pulseboard.withings.oauth.WithingsOAuth;

/**
 * Members' links to Withings: starting and completing the OAuth flow, the status, the access tokens the sync
 * uses, and disconnecting.
 */
@Service
public class Connections {

    private static final Logger log = LoggerFactory.getLogger(Connections.class);

    private final ConnectionRepository repository;
    private final OAuthStates states;
    private final WithingsOAuth oauth;
    private final TokenCipher cipher;
    private final TokenRefresher refresher;
    private final Members members;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Connections(ConnectionRepository repository, OAuthStates states, WithingsOAuth oauth, TokenCipher cipher,
            TokenRefresher refresher, Members members, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.states = states;
        this.oauth = oauth;
        this.cipher = cipher;
        this.refresher = refresher;
        this.members = members;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public ConnectionStatus status(MemberId member) {
        return repository.find(member).map(StoredConnection::status).orElse(ConnectionStatus.NOT_CONNECTED);
    }

    /**
     * How many connected members' last token renewal Withings refused for this server's client id or secret: none
     * once a renewal succeeds again.
     */
    public int refusedForClientCredentials() {
        return repository.refusedForClientCredentials();
    }

    /**
     * How many members were last linked through demo mode's built-in emulator, on a server that has since been given
     * a Withings app (their readings are made up); none in demo mode.
     */
    public int linkedToTheDemo() {
        return repository.linkedThroughTheDemo();
    }

    /**
     * Whether the member was last linked through demo mode's built-in emulator, on a server that has since been given
     * a Withings app: the readings kept of them are made up.
     */
    public boolean linkedInTheDemo(MemberId member) {
        return repository.linkedThroughTheDemo(member);
    }

    /** {@link #status} of several members in one query: every member of the list has an entry. */
    public Map<MemberId, ConnectionStatus> statuses(List<MemberId> members) {
        Map<MemberId, ConnectionStatus> statuses = new HashMap<>();
        members.forEach(m -> statuses.put(m, ConnectionStatus.NOT_CONNECTED));
        repository.findAll(members).forEach(c -> statuses.put(c.memberId(), c.status()));
        return statuses;
    }

    /**
     * Whether disconnecting the member deletes their stored readings: when asked to, and always for a member linked in
     * demo mode on a server that now uses a real Withings app (their readings are made up, and a real account linked
     * after them would mix its history with the emulator's).
     */
    public boolean disconnectErases(MemberId member, boolean asked) {
        return asked || linkedInTheDemo(member);
    }

    /** Starts the flow for a script: the state alone completes it, within ten minutes, once. */
    @Transactional
    public URI startFromApi(HouseholdId household, MemberId member) {
        members.get(household, member);
        refuseOverTheDemo(member);
        return oauth.authorizeUrl(states.issue(household, member, Origin.API));
    }

    /** Starts the flow from a page: the state must come back in the same browser session. */
    @Transactional
    public URI startFromPage(HouseholdId household, MemberId member, BrowserStates browser) {
        members.get(household, member);
        refuseOverTheDemo(member);
        String state = states.issue(household, member, Origin.PAGE);
        browser.remember(state);
        return oauth.authorizeUrl(state);
    }

    /**
     * A member linked in demo mode keeps the emulator's made-up readings: a real account is linked only after they are
     * deleted (a reconnect would be refused as another account anyway, after the consent page).
     */
    private void refuseOverTheDemo(MemberId member) {
        if (linkedInTheDemo(member)) {
            throw new ConnectionException(Reason.MADE_UP_IN_THE_DEMO, "This member was linked in demo mode to the "
                    + "built-in emulator and their stored readings are made up. Disconnect Withings first, which "
                    + "deletes those readings, then connect their real Withings account.", member);
        }
    }

    /**
     * Completes the flow: checks the state, exchanges the code at once (it lives 30 s), stores the encrypted
     * tokens and announces {@link WithingsConnected}. Every failure is a {@link ConnectionException}.
     */
    @Transactional(noRollbackFor = ConnectionException.class)
    public MemberId complete(String state, String code, String error, BrowserStates browser) {
        var issued = states.find(state).orElseThrow(Connections::unknownState);
        // A page-started state is checked against the browser before it is used up: the same link opened in another
        // browser (another login's, say) is refused and leaves it to the browser that started the flow.
        if (issued.origin() == Origin.PAGE && !browser.startedHere(state)) {
            throw new ConnectionException(Reason.INVALID_STATE,
                    "This authorization was started in another browser session. Start again from the member's page.");
        }
        if (!states.consume(state)) {
            throw unknownState();
        }
        MemberId member = issued.memberId();
        if (error != null && !error.isBlank()) {
            throw new ConnectionException(Reason.ACCESS_DENIED, "Withings access was not granted ("
                    + sanitize(error) + "). Nothing was changed; you can try again.", member);
        }
        if (code == null || code.isBlank()) {
            throw new ConnectionException(Reason.EXCHANGE_FAILED, "Withings sent no authorization code. Try again.",
                    member);
        }
        members.get(issued.householdId(), member);
        TokenGrant grant;
        try {
            grant = oauth.exchangeCode(code);
        } catch (WithingsClientRejectedException e) {
            log.warn("Code exchange for member {} failed: {}", member, e.getMessage());
            throw new ConnectionException(Reason.EXCHANGE_FAILED, "Withings refused this server's client id or "
                    + "secret, so no member can be linked until an administrator puts the setting right "
                    + "(WITHINGS_CLIENT_SECRET). Nothing was changed.", member);
        } catch (WithingsException e) {
            log.warn("Code exchange for member {} failed: {}", member, e.getMessage());
            throw new ConnectionException(Reason.EXCHANGE_FAILED, "Withings did not accept the authorization "
                    + "(the code may have expired: it lives 30 seconds). Try connecting again.", member);
        }
        repository.findMemberByWithingsUser(issued.householdId(), grant.userId())
                .filter(other -> !other.equals(member))
                .ifPresent(other -> {
                    // Not revoked: Withings has one grant per account and app, and that member's link is it.
                    throw new ConnectionException(Reason.ALREADY_LINKED, "This Withings account is already "
                            + "linked to another member of your household. Disconnect it there first.", member);
                });
        // Who may link an account to a member whose readings are kept was checked when this link was started: a
        // disconnect since then (a grantee's reconnect turned into a link of any account) starts it again.
        Instant started = issued.expiresAt().minus(OAuthStates.LIFETIME);
        if (repository.find(member).isEmpty() && audit.lastAt(member, AuditLog.Action.DISCONNECTED)
                .filter(at -> at.isAfter(started)).isPresent()) {
            throw refused(grant, new ConnectionException(Reason.INVALID_STATE, "The member was disconnected after"
                    + " this link was started, so it changed nothing: start again from the member's page.", member));
        }
        // Reconnecting is the member's own account again: another one would bring someone else's history into the
        // member's, by whoever may only sync and reconnect.
        repository.find(member).filter(linked -> !linked.withingsUserId().equals(grant.userId()))
                .ifPresent(linked -> {
                    throw refused(grant, new ConnectionException(Reason.ANOTHER_ACCOUNT, "This is another Withings"
                            + " account than the one linked to this member, so nothing was changed. Reconnect with"
                            + " the member's own account; to link this one instead, disconnect the member first (their"
                            + " readings stay).", member));
                });
        boolean reconnected = repository.find(member).isPresent();
        Instant now = clock.instant();
        repository.upsert(new StoredConnection(member, issued.householdId(), grant.userId(), ConnectionState.CONNECTED,
                grant.scope(), cipher.encrypt(grant.accessToken(), member.value()),
                cipher.encrypt(grant.refreshToken(), member.value()), now.plusSeconds(grant.expiresInSeconds()),
                now), now);
        log.info("Member {} {} Withings user {}", member, reconnected ? "reconnected to" : "connected to",
                grant.userId());
        String linked = "Withings user " + grant.userId();
        // A link of another account than the member's last one joins its history to the one kept: said so.
        String detail = reconnected ? linked : audit.lastLinkDetail(member).map(last -> last.replaceFirst(",.*", ""))
                .filter(last -> !last.equals(linked))
                .map(last -> linked + ", another account than before (" + last + ")").orElse(linked);
        audit.record(issued.householdId(), issued.startedBy(), member,
                reconnected ? AuditLog.Action.RECONNECTED : AuditLog.Action.CONNECTED, detail);
        events.publishEvent(new WithingsConnected(member, grant.userId(), reconnected));
        return member;
    }

    /**
     * A grant the callback refuses (an account linked to no member of the household) is revoked at Withings, so that
     * it leaves no authorization behind.
     */
    private ConnectionException refused(TokenGrant grant, ConnectionException reason) {
        try {
            oauth.revoke(grant.userId());
        } catch (WithingsException | IllegalStateException e) {
            log.warn("Could not revoke a refused Withings grant: {}", e.getMessage());
        }
        return reason;
    }

    private static ConnectionException unknownState() {
        return new ConnectionException(Reason.INVALID_STATE, "This authorization link was already used, has expired "
                + "or is unknown, so this page changed nothing. If you have just connected the member (and reloaded "
                + "or went back), the member is connected: see the household page. Otherwise start again from the "
                + "member's page.");
    }

    /**
     * Locks the member's connection row for the rest of the caller's transaction, or fails if the member is not
     * connected. A sync stores each page under this lock, so a disconnect (which deletes the row, and with erase
     * the readings) is never followed by a page that was in flight. Answers the Withings user the member is linked to,
     * whose data is being stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String lockConnected(MemberId member) {
        return repository.lock(member).filter(c -> c.state() == ConnectionState.CONNECTED)
                .orElseThrow(() -> new ConnectionException(Reason.NOT_CONNECTED,
                        "Member " + member + " is no longer connected to Withings.")).withingsUserId();
    }

    /** Records the time zone of the member's Withings profile (sent with every measure page). */
    public void recordTimeZone(MemberId member, ZoneId zone) {
        repository.updateTimeZone(member, zone.getId());
    }

    /** Every member linked to this Withings user, in any household (a notification names only the user). */
    public List<MemberId> membersLinkedTo(String withingsUserId) {
        return repository.membersLinkedTo(withingsUserId);
    }

    /** Every member whose link is usable: the ones a poll or a repair visits. */
    public List<MemberId> connectedMembers() {
        return repository.connectedMembers();
    }

    /**
     * Withings says the user removed Pulseboard's access on their side (notification appli 46): the link now
     * needs a reconnect; readings are kept.
     */
    @Transactional
    public void revokedByWithings(String withingsUserId, String action) {
        for (MemberId member : repository.membersLinkedTo(withingsUserId)) {
            repository.find(member).filter(c -> c.state() == ConnectionState.CONNECTED).ifPresent(c -> {
                repository.markReconnectRequired(member, clock.instant());
                audit.record(c.householdId(), null, member, AuditLog.Action.REVOKED_BY_WITHINGS,
                        "Withings notified '" + action + "' for user " + withingsUserId);
                log.info("Withings ended the link of member {} ({}): reconnect required", member, action);
            });
        }
    }

    /** The tokens a sync uses for this member: refreshed when due, single-flight. */
    public AccessTokens accessTokens(MemberId member) {
        return refresher.tokensFor(member);
    }

    /**
     * Whether the member's access token serves calls for at least {@code span} more without a renewal: a fetch that
     * is not urgent may then ride on it (tokens are renewed only when a call needs one).
     */
    public boolean hasLiveAccessToken(MemberId member, Duration span) {
        return refresher.live(member, span);
    }

    /**
     * Unlinks the member: the grant is revoked at Withings (which also ends its notification subscriptions)
     * and the tokens are deleted. A Withings outage does not keep the tokens: they are deleted all the same. The
     * stored readings are deleted too when {@link #disconnectErases} says so.
     */
    @Transactional
    public void disconnect(HouseholdId household, MemberId member, boolean erase) {
        members.get(household, member);
        boolean madeUp = linkedInTheDemo(member);
        erase = erase || madeUp;
        var stored = repository.find(member);
        stored.ifPresent(this::revokeQuietly);
        repository.delete(member);
        stored.ifPresent(c -> audit.record(household, Actor.currentUserId(), member, AuditLog.Action.DISCONNECTED,
                "Withings user " + c.withingsUserId()));
        if (erase) {
            audit.record(household, Actor.currentUserId(), member, AuditLog.Action.ERASED,
                    "every stored reading deleted" + (madeUp ? " (made up by demo mode's emulator)" : ""));
        }
        events.publishEvent(new WithingsDisconnected(member, erase));
    }

    @EventListener
    void on(MemberRemoved removed) {
        repository.find(removed.memberId()).ifPresent(this::revokeQuietly);
        audit.record(removed.householdId(), Actor.currentUserId(), removed.memberId(), AuditLog.Action.REMOVED,
                "member and all their data removed");
        repository.delete(removed.memberId());
    }

    private void revokeQuietly(StoredConnection connection) {
        if (!repository.issuedToThisApp(connection)) {
            // Another app's grant (demo mode's emulator's, say) is not this app's to revoke: asked with this app's
            // credentials, Withings could end a grant of the same user id that is this app's.
            log.info("Withings grant of member {} was issued to another Withings app ({}): not revoked with this one",
                    connection.memberId(), connection.clientId());
            return;
        }
        try {
            oauth.revoke(connection.withingsUserId());
        } catch (WithingsAuthenticationException alreadyDead) {
            log.info("Withings grant of member {} was already revoked", connection.memberId());
        } catch (WithingsException | IllegalStateException e) {
            log.warn("Could not revoke the Withings grant of member {}: {}", connection.memberId(), e.getMessage());
        }
    }

    private static String sanitize(String error) {
        return error.replaceAll("[^A-Za-z0-9_ .-]", "").substring(0, Math.min(error.length(), 60));
    }
}
