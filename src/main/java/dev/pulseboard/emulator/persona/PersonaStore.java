package dev.pulseboard.emulator.persona;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.protocol.WithingsException;

/**
 * The users of the emulator: the fixed personas and the users generated from them for load tests, and each one's
 * data, generated on first use relative to the emulator's "today" and kept until a reset.
 */
@Component
public class PersonaStore {

    /** Generated users get Withings user ids from here up. */
    static final long GENERATED_USER_IDS = 20_000_000L;

    private final EmulatorClock clock;
    private final boolean homeProtocolAhead;
    private final Map<String, UserData> data = new ConcurrentHashMap<>();
    private final Map<Long, Persona> generated = new ConcurrentSkipListMap<>();
    private final AtomicInteger generatedCount = new AtomicInteger();

    PersonaStore(EmulatorClock clock, EmulatorProperties properties) {
        this.clock = clock;
        this.homeProtocolAhead = properties.homeProtocolAhead();
    }

    /** The data of the user with this Withings user id; fails with invalid params when there is none. */
    UserData user(String userId) {
        Persona persona = byUserId(userId).orElseThrow(() -> WithingsException.invalidParams("unknown userid"));
        return data.computeIfAbsent(userId, id -> UserData.generate(persona, clock.now(), homeProtocolAhead));
    }

    /** What the user's data looks like now, by the emulator's clock. */
    public UserView view(String userId) {
        return user(userId).at(clock.epochSecond());
    }

    public Optional<Persona> byUserId(String userId) {
        Optional<Persona> fixed = Personas.byUserId(userId);
        if (fixed.isPresent() || userId == null || !userId.matches("\\d{1,18}")) {
            return fixed;
        }
        return Optional.ofNullable(generated.get(Long.parseLong(userId)));
    }

    /** A fixed persona or a generated user by its id ({@code alex}, {@code alex-17}). */
    public Optional<Persona> byId(String id) {
        return Personas.byId(id).or(() -> generated.values().stream().filter(p -> p.id().equals(id)).findFirst());
    }

    /** The fixed personas, then the generated users. */
    public List<Persona> all() {
        return Stream.concat(Personas.ALL.stream(), generated.values().stream()).toList();
    }

    public List<Persona> generatedUsers() {
        return List.copyOf(generated.values());
    }

    /** The users whose data exists already: the ones that can have uploads. */
    Collection<UserData> materialized() {
        return data.values();
    }

    /**
     * Creates {@code count} users cloned from a persona: the same devices (with their own ids), timezone and habits,
     * a varied seed and body, so that their data differ. Their data are generated on first use.
     */
    public List<Persona> generate(Persona template, int count) {
        List<Persona> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = generatedCount.incrementAndGet();
            String id = template.id() + "-" + n;
            long seed = template.seed() * 100_000L + n;
            Persona clone = new Persona(id, template.name().replaceFirst(" \\(", " #" + n + " (generated, "),
                    String.valueOf(GENERATED_USER_IDS + n), template.zone(), seed,
                    template.devices().stream().map(d -> d.cloneFor(id)).toList(),
                    template.body() == null ? null : template.body().varied(new SplittableRandom(seed)),
                    template.fullKit());
            generated.put(GENERATED_USER_IDS + n, clone);
            made.add(clone);
        }
        return made;
    }

    /** Forgets every change and every generated user; regenerates from the current emulator time on next use. */
    public void reset() {
        data.clear();
        generated.clear();
        generatedCount.set(0);
    }
}
