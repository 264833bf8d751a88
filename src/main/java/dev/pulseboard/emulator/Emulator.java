package dev.pulseboard.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.stereotype.Component;

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

    Emulator(PersonaStore store, ClientRegistry clients, EmulatorClock clock, Readings readings,
            Notifier notifier, Resettable resettables) {
        this.store = store;
        this.clients = clients;
        this.clock = clock;
        this.readings = readings;
        this.notifier = notifier;
        this.resettables = resettables;
    }

    public List<PersonaSummary> personas() {
        return Personas.ALL.stream().map(p -> new PersonaSummary(p.id(), p.name(), p.userId(), p.zone().getId(),
                p.devices().stream().map(d -> new DeviceSummary(d.type(), d.model(), d.modelId(), d.deviceId()))
                        .toList()))
                .toList();
    }

    /**
     * A persona's readings of one measure type and category (1 real, 2 goal), oldest first, counted once per
     * grpid (the attrib-0/attrib-8 twins are one reading), as a correct client would store them.
     *
     * @throws NoSuchElementException for an unknown persona id
     */
    public List<Reading> readings(String personaId, int type, int category) {
        UserData user = store.byPersonaId(personaId).orElseThrow(() -> new NoSuchElementException(personaId));
        Set<Long> seen = new HashSet<>();
        return user.groups().stream()
                .filter(g -> g.category() == category && g.hasType(type) && seen.add(g.grpid()))
                .flatMap(g -> g.measures().stream().filter(m -> m.type() == type).limit(1)
                        .map(m -> new Reading(Instant.ofEpochSecond(g.date()), m.decimal(), g.grpid(), g.attrib())))
                .sorted(Comparator.comparing(Reading::time))
                .toList();
    }

    /** How many weigh-ins (type 1, category 1, distinct grpid) the persona has: the points of a weight chart. */
    public int weighInCount(String personaId) {
        return readings(personaId, 1, 1).size();
    }

    public void registerClient(String clientId, String clientSecret, List<String> redirectUris) {
        clients.register(new EmulatorProperties.Client(clientId, clientSecret, redirectUris));
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
     * Sends a notification of any appli to the user's subscribers, as if Withings had new data (for example 16 for
     * activity, 44 for sleep, 46 with {@code action} delete/unlink/update).
     *
     * @throws NoSuchElementException for an unknown user id
     */
    public void notifySubscribers(String userId, int appli, long startdate, long enddate, String action) {
        readings.tell(knownUser(userId), appli, startdate, enddate, action);
    }

    private static String knownUser(String userId) {
        return Personas.byUserId(userId).map(Persona::userId)
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
