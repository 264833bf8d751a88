package dev.pulseboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.sync.NewcomerPathCases;

/** Links a new member to an emulator persona and waits for the backfill: real data through the real sync. */
public final class Personas {

    private Personas() {
    }

    private static final Map<String, Long> SYNCED = new ConcurrentHashMap<>();

    /**
     * A member holding the persona's whole history: synced once per application (test classes that share the
     * Spring context share it), kept as long as the member is still there.
     */
    public static long synced(Api api, String token, String persona, String withingsUserId) {
        String key = api.base() + " " + persona;
        Long known = SYNCED.get(key);
        if (known != null && api.get("/api/v1/members/" + known + "/sync", token).status() == 200) {
            return known;
        }
        long id = syncNew(api, token, persona, withingsUserId);
        SYNCED.put(key, id);
        return id;
    }

    private static long syncNew(Api api, String token, String persona, String withingsUserId) {
        Household.releaseWithingsUser(api, token, withingsUserId);
        long id = Household.addMember(api, token, Household.named(persona));
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id, persona)).location()).endsWith("?connected");
        Poll.until(Duration.ofSeconds(120), "the backfill of " + persona, () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString()) ? s : null;
        });
        return id;
    }
}
