package dev.pulseboard.dashboard.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.withings.MutableClock;

class SectionCacheTests {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private final AtomicInteger builds = new AtomicInteger();

    private static SectionCache cache(int cards, Clock clock) {
        return new SectionCache(null, new PagesProperties(48, cards, Duration.ofMinutes(1)), clock);
    }

    private String build(String value) {
        builds.incrementAndGet();
        return value;
    }

    @Test
    void keepsAPartPerMemberVersionAndParts() {
        SectionCache cache = cache(10, Clock.fixed(NOW, ZoneOffset.UTC));
        MemberId ana = MemberId.of(1);
        MemberId ben = MemberId.of(2);
        assertThat(cache.card(ana, 1, () -> build("ana"), "kg")).isEqualTo("ana");
        assertThat(cache.card(ana, 1, () -> build("other"), "kg")).isEqualTo("ana");
        assertThat(cache.card(ben, 1, () -> build("ben"), "kg")).as("another member").isEqualTo("ben");
        assertThat(cache.card(ana, 2, () -> build("ana v2"), "kg")).as("new data").isEqualTo("ana v2");
        assertThat(cache.card(ana, 2, () -> build("ana lb"), "lb")).as("other units").isEqualTo("ana lb");
        assertThat(builds).hasValue(4);
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsSize() {
        SectionCache cache = cache(2, Clock.fixed(NOW, ZoneOffset.UTC));
        cache.card(MemberId.of(1), 1, () -> build("1"));
        cache.card(MemberId.of(2), 1, () -> build("2"));
        cache.card(MemberId.of(1), 1, () -> build("1 again"));
        cache.card(MemberId.of(3), 1, () -> build("3"));
        assertThat(cache.card(MemberId.of(1), 1, () -> build("1 rebuilt"))).isEqualTo("1");
        assertThat(cache.card(MemberId.of(2), 1, () -> build("2 rebuilt"))).isEqualTo("2 rebuilt");
    }

    @Test
    void servesAKeptPartNoLongerThanItsMaxAge() {
        MutableClock clock = new MutableClock(NOW);
        SectionCache cache = cache(10, clock);
        cache.card(MemberId.of(1), 1, () -> build("first"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.card(MemberId.of(1), 1, () -> build("second"))).isEqualTo("first");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.card(MemberId.of(1), 1, () -> build("third"))).isEqualTo("third");
    }

    @Test
    void buildsEveryTimeWhenTurnedOff() {
        SectionCache cache = cache(0, Clock.fixed(NOW, ZoneOffset.UTC));
        cache.card(MemberId.of(1), 1, () -> build("a"));
        assertThat(cache.card(MemberId.of(1), 1, () -> build("b"))).isEqualTo("b");
        assertThat(builds).hasValue(2);
    }
}
