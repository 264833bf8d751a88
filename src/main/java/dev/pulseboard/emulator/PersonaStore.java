package dev.pulseboard.emulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Each persona's data, generated on first use relative to the emulator's "today" and kept until a reset. */
@Component
class PersonaStore {

    private final EmulatorClock clock;
    private final Map<String, UserData> data = new ConcurrentHashMap<>();

    PersonaStore(EmulatorClock clock) {
        this.clock = clock;
    }

    /** The data of the persona with this Withings user id; fails with invalid params when there is none. */
    UserData user(String userId) {
        Persona persona = Personas.byUserId(userId)
                .orElseThrow(() -> WithingsException.invalidParams("unknown userid"));
        return data.computeIfAbsent(userId, id -> PersonaGenerator.generate(persona, clock.now()));
    }

    Optional<UserData> byPersonaId(String personaId) {
        return Personas.byId(personaId).map(p -> user(p.userId()));
    }

    /** Forgets every change and regenerates from the current emulator time on next use. */
    void reset() {
        data.clear();
    }
}
