package dev.pulseboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.sync.NewcomerPathCases;

/** Links a new member to an emulator persona and waits for the backfill: real data through the real sync. */
public final class Personas {

    private Personas() {
    }

    /** The new member's id once the persona's whole history is stored. */
    public static long synced(Api api, String token, String persona, String withingsUserId) {
        Household.releaseWithingsUser(api, token, withingsUserId);
        long id = Household.addMember(api, token, persona);
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id, persona)).location()).endsWith("?connected");
        Poll.until(Duration.ofSeconds(120), "the backfill of " + persona, () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString()) ? s : null;
        });
        return id;
    }
}
