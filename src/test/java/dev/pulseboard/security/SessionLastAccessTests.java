package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class SessionLastAccessTests {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void theLastAccessMovesOnlyOnceTheStoredOneIsAMinuteOld() {
        MapSession stored = new MapSession();
        stored.setLastAccessedTime(SIGNED_IN);
        SessionLastAccess.Tracked<MapSession> session = new SessionLastAccess.Tracked<>(stored);

        session.setLastAccessedTime(SIGNED_IN.plusSeconds(59));
        assertThat(stored.getLastAccessedTime()).isEqualTo(SIGNED_IN);
        session.setLastAccessedTime(SIGNED_IN.plusSeconds(60));
        assertThat(stored.getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(60));
    }

    @Test
    void everythingElseIsTheStoredSessions() {
        MapSession stored = new MapSession();
        SessionLastAccess.Tracked<MapSession> session = new SessionLastAccess.Tracked<>(stored);
        session.setAttribute("pulseboard.signedInAt", SIGNED_IN);
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        assertThat(stored.<Instant>getAttribute("pulseboard.signedInAt")).isEqualTo(SIGNED_IN);
        assertThat(session.getAttributeNames()).containsExactly("pulseboard.signedInAt");
        assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
        String before = session.getId();
        assertThat(session.changeSessionId()).isNotEqualTo(before).isEqualTo(stored.getId());
        session.removeAttribute("pulseboard.signedInAt");
        assertThat(stored.getAttributeNames()).isEmpty();
    }
}
