package dev.pulseboard.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.admin.Resettable;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.notify.Delivery;
import dev.pulseboard.emulator.notify.Notifier;
import dev.pulseboard.emulator.notify.NotifyEndpoint;
import dev.pulseboard.emulator.oauth.ClientRegistry;
import dev.pulseboard.emulator.oauth.ConsentController;
import dev.pulseboard.emulator.oauth.TokenStore;
import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.PersonaStore;
import dev.pulseboard.emulator.persona.Personas;
import dev.pulseboard.emulator.persona.Readings;
import dev.pulseboard.emulator.persona.UserView;

/**
 * The emulator's Java API for tests and for the rest of Pulseboard: personas, their decoded readings, client
 * registration, reset and the adjustable clock. Everything here is also reachable through {@code {base}/_admin}.
 */
@Component
public class Emulator {

    /** A persona as {@code _admin/personas} lists it. */
    public record PersonaSummary(String id, String name, String userId, String timezone, List<DeviceSummary> devices) {
    }

    /** A persona's device. */
    public record DeviceSummary(String type, String model, int modelId, String deviceId) {
    }

    /** A decoded reading: {@code value × 10^unit} as a decimal, at the group's {@code date}. */
    public record Reading(Instant time, BigDecimal value, long grpid, int attrib) {
    }

    /**
     * A user generated for load tests, with tokens for the given client (or, when a redirect URI was given, a
     * single-use authorization code valid 30 s instead).
     */
    public record GeneratedUser(String id, String userId, String name, String accessToken, String refreshToken,
            Long expiresIn, String code) {
    }

    /** A webhook call and its tries; {@code state} is PENDING, DELIVERED or FAILED, status -1 means no answer. */
    public record NotificationDelivery(long id, String userId, int appli, String callbackUrl, String body,
            String state, List<Integer> attemptStatuses) {
    }

    private final PersonaStore store;
    private final ClientRegistry clients;
    private final EmulatorClock clock;
    private final Readings readings;
    private final Notifier notifier;
    private final Resettable resettables;
    private final TokenStore tokens;

    Emulator(PersonaStore store, ClientRegistry clients, EmulatorClock clock, Readings readings,
            Notifier notifier, Resettable resettables, TokenStore tokens) {
        this.store = store;
        this.tokens = tokens;
        this.clients = clients;
        this.clock = clock;
        this.readings = readings;
        this.notifier = notifier;
        this.resettables = resettables;
    }

    public List<PersonaSummary> personas() {
        return Personas.ALL.stream().map(Emulator::summary).toList();
    }

    /** The users generated from personas for load tests ({@code _admin/users}), oldest first. */
    public List<PersonaSummary> generatedUsers() {
        return store.generatedUsers().stream().map(Emulator::summary).toList();
    }

    private static PersonaSummary summary(Persona p) {
        return new PersonaSummary(p.id(), p.name(), p.userId(), p.zone().getId(),
                p.devices().stream().map(d -> new DeviceSummary(d.type(), d.model(), d.modelId(), d.deviceId()))
                        .toList());
    }

    /**
     * A persona's (or generated user's) visible whole-body readings of one measure type and category (1 real, 2 goal),
     * oldest first, counted once per grpid (the attrib-0/attrib-8 twins are one reading) and once per group (a Body
     * Scan repeats some types), as a correct client would store them: a measure without a position, or at position 7.
     *
     * @throws NoSuchElementException for an unknown persona id
     */
    public List<Reading> readings(String personaId, int type, int category) {
        return readings(personaId, type, category, true, -1);
    }

    /** The readings of one segmental type (173, 174, 175) at one body position (2, 3, 10, 11, 12), as above. */
    public List<Reading> segmentReadings(String personaId, int type, int position) {
        return readings(personaId, type, 1, false, position);
    }

    private List<Reading> readings(String personaId, int type, int category, boolean wholeBody, int position) {
        Persona persona = store.byId(personaId).orElseThrow(() -> new NoSuchElementException(personaId));
        UserView user = store.view(persona.userId());
        Set<Long> seen = new HashSet<>();
        return user.groups().stream()
                .filter(g -> g.category() == category && g.hasType(type) && seen.add(g.grpid()))
                .flatMap(g -> g.measures().stream()
                        .filter(m -> m.type() == type && (wholeBody ? m.wholeBody() : m.position() == position))
                        .limit(1)
                        .map(m -> new Reading(Instant.ofEpochSecond(g.date()), m.decimal(), g.grpid(), g.attrib())))
                .sorted(Comparator.comparing(Reading::time))
                .toList();
    }

    /** How many weigh-ins (type 1, category 1, distinct grpid) the persona has: the points of a weight chart. */
    public int weighInCount(String personaId) {
        return readings(personaId, 1, 1).size();
    }

    public void registerClient(String clientId, String clientSecret, List<String> redirectUris) {
        registerClient(clientId, clientSecret, redirectUris, false);
    }

    /** Registers an app; a {@code partner} may make the contract-partner calls (recoverauthorizationcode). */
    public void registerClient(String clientId, String clientSecret, List<String> redirectUris, boolean partner) {
        clients.register(new EmulatorProperties.Client(clientId, clientSecret, redirectUris, partner));
    }

    /**
     * Adds a reading for a Withings user id (measure type, decimal value, epoch seconds) and notifies subscribers.
     *
     * @return the new group's grpid
     * @throws NoSuchElementException for an unknown user id
     */
    public long addReading(String userId, int type, BigDecimal value, long time) {
        return readings.add(knownUser(userId), type, value, time);
    }

    /**
     * Deletes a measure group (no tombstone) and notifies subscribers; false when there is none.
     *
     * @throws NoSuchElementException for an unknown user id
     */
    public boolean deleteReading(String userId, long grpid) {
        return readings.delete(knownUser(userId), grpid);
    }

    /**
     * Edits a measure group (new values for some types, others removed; {@code modified} now) and notifies
     * subscribers; false when there is none.
     *
     * @throws NoSuchElementException for an unknown user id
     */
    public boolean editReading(String userId, long grpid, Map<Integer, BigDecimal> values, Set<Integer> removed) {
        return readings.edit(knownUser(userId), grpid, values, removed);
    }

    /**
     * Moves the user's Withings profile to another time zone (null: back to the persona's): getmeas names it for
     * every group from then on, as Withings does (withings-api.md §9.7); activity, sleep and workouts keep the zone
     * each was recorded in.
     *
     * @throws NoSuchElementException for an unknown user id
     */
    public void moveProfile(String userId, ZoneId zone) {
        readings.moveProfile(knownUser(userId), zone);
    }

    /**
     * Records a night that began at {@code start} (epoch s) with about {@code hours} asleep, uploaded now, and
     * notifies appli 44; answers the night's id.
     *
     * @throws NoSuchElementException for an unknown user id
     * @throws IllegalArgumentException when the user has no sleep device
     */
    public long addNight(String userId, long start, double hours) {
        return readings.addNight(knownUser(userId), start, hours);
    }

    /** Records a day's activity from its steps, uploaded now, and notifies appli 16 with the day's date. */
    public void recordActivityDay(String userId, LocalDate date, int steps) {
        readings.putDay(knownUser(userId), date, steps);
    }

    /** Records a workout (Withings category) between two instants, uploaded now; notifies appli 16; answers its id. */
    public long addWorkout(String userId, int category, long start, long end) {
        return readings.addWorkout(knownUser(userId), category, start, end);
    }

    /** Records an ECG taken at {@code time}, uploaded now; notifies appli 54; answers its signal id. */
    public long addEcg(String userId, long time, int afib, int heartRate) {
        return readings.addEcg(knownUser(userId), time, afib, heartRate);
    }

    /**
     * Sends a notification of any appli to the user's subscribers, as if Withings had new data (for example 16 for
     * activity, 44 for sleep, 46 with {@code action} delete/unlink/update, 53 without a user id to the
     * application-level subscribers).
     *
     * @throws NoSuchElementException for an unknown user id
     */
    public void notifySubscribers(String userId, int appli, long startdate, long enddate, String action) {
        String user = appli == NotifyEndpoint.NO_ACCOUNT && userId == null ? NotifyEndpoint.APPLICATION
                : knownUser(userId);
        readings.tell(user, appli, startdate, enddate, action, null);
    }

    /**
     * Creates {@code count} users cloned from a persona (own user id, varied seed, so their data differ) and links
     * each to a registered client without a browser: tokens with {@code scope}, or an authorization code for
     * {@code redirectUri} when one is given. A reset removes them.
     *
     * @throws IllegalArgumentException for an unknown persona or client, a bad count, scope or redirect URI
     */
    public List<GeneratedUser> generateUsers(String personaId, int count, String clientId, String scope,
            String redirectUri) {
        Persona template = Personas.byId(personaId)
                .orElseThrow(() -> new IllegalArgumentException("No persona " + personaId));
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("count must be between 1 and 10000");
        }
        if (clients.find(clientId).isEmpty()) {
            throw new IllegalArgumentException("No registered client " + clientId);
        }
        if (redirectUri != null && !clients.allowsRedirect(clientId, redirectUri)) {
            throw new IllegalArgumentException("redirectUri is not registered for client " + clientId);
        }
        if (scope.isBlank() || !ConsentController.SCOPES.containsAll(List.of(scope.split(",")))) {
            throw new IllegalArgumentException("scope must be a comma-separated list of " + ConsentController.SCOPES);
        }
        return store.generate(template, count).stream().map(p -> {
            if (redirectUri != null) {
                return new GeneratedUser(p.id(), p.userId(), p.name(), null, null, null,
                        tokens.issueCode(clientId, redirectUri, p.userId(), scope));
            }
            Map<String, Object> issued = tokens.issueDirect(new TokenStore.Grant(clientId, p.userId(), scope));
            return new GeneratedUser(p.id(), p.userId(), p.name(), (String) issued.get("access_token"),
                    (String) issued.get("refresh_token"), (Long) issued.get("expires_in"), null);
        }).toList();
    }

    private String knownUser(String userId) {
        return store.byUserId(userId).map(Persona::userId)
                .orElseThrow(() -> new NoSuchElementException("No persona with Withings user id " + userId));
    }

    /** The latest webhook deliveries, newest first. */
    public List<NotificationDelivery> deliveries() {
        return notifier.deliveries().stream().map(d -> new NotificationDelivery(d.id(), d.subscription().userId(),
                d.subscription().appli(), d.subscription().callbackUrl(), d.body(), d.state().name(),
                d.attempts().stream().map(Delivery.Attempt::status).toList())).toList();
    }

    public EmulatorClock clock() {
        return clock;
    }

    /** Back to the initial state: generated personas, configured clients only, no tokens, real time. */
    public void reset() {
        clock.resetOffset();
        resettables.resetAll();
    }
}
