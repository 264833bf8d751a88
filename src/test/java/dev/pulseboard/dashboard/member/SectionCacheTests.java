package dev.pulseboard.dashboard.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.withings.MutableClock;

class SectionCacheTests {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private final AtomicInteger builds = new AtomicInteger();

    private final List<Runnable> background = new ArrayList<>();

    private SectionCache cache(int cards, Clock clock) {
        return new SectionCache(member -> 1L, new PagesProperties(48, cards, Duration.ofMinutes(1)), clock,
                background::add);
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
    void rebuildsASectionWithDetailsOlderThanItsMaxAgeInTheBackgroundAndServesTheKeptOneMeanwhile() {
        MutableClock clock = new MutableClock(NOW);
        SectionCache cache = cache(10, clock);
        cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("first"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("second"))).isEqualTo("first");
        assertThat(background).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("third"))).as("served while rebuilt")
                .isEqualTo("first");
        assertThat(cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("fourth"))).isEqualTo("first");
        assertThat(background).as("one rebuild however many ask").hasSize(1);
        background.remove(0).run();
        assertThat(cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("fifth"))).isEqualTo("third");
        assertThat(builds).hasValue(2);
    }

    @Test
    void aFailedRebuildKeepsTheKeptPartAndTheNextRequestTriesAgain() {
        MutableClock clock = new MutableClock(NOW);
        SectionCache cache = cache(10, clock);
        cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("first"));
        clock.advance(Duration.ofMinutes(2));
        Supplier<String> failing = () -> {
            throw new IllegalStateException("Withings unreachable");
        };
        assertThat(cache.sectionWithDetails(MemberId.of(1), "sleep", failing)).isEqualTo("first");
        background.remove(0).run();
        assertThat(cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("second"))).isEqualTo("first");
        background.remove(0).run();
        assertThat(cache.sectionWithDetails(MemberId.of(1), "sleep", () -> build("third"))).isEqualTo("second");
    }

    @Test
    void keepsAPartBuiltFromStoredDataAlonePastTheMaxAge() {
        MutableClock clock = new MutableClock(NOW);
        SectionCache cache = cache(10, clock);
        cache.section(MemberId.of(1), "body", () -> build("body"));
        cache.card(MemberId.of(1), 1, () -> build("card"));
        clock.advance(Duration.ofHours(2));
        assertThat(cache.section(MemberId.of(1), "body", () -> build("body again"))).isEqualTo("body");
        assertThat(cache.card(MemberId.of(1), 1, () -> build("card again"))).isEqualTo("card");
        assertThat(background).as("nothing rebuilt: only the member's data changes them").isEmpty();
        assertThat(builds).hasValue(2);
    }

    @Test
    void requestsAskingForAPartBeingBuiltWaitForThatBuild() throws Exception {
        SectionCache cache = cache(10, Clock.fixed(NOW, ZoneOffset.UTC));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.card(MemberId.of(1), 1, () -> {
            started.countDown();
            await(release);
            return build("built once");
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<String> second = new AtomicReference<>();
        Thread waiter = new Thread(() -> second.set(cache.card(MemberId.of(1), 1, () -> build("built twice"))));
        waiter.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiter.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("the second request waits for the first build").isLessThan(deadline);
            Thread.onSpinWait();
        }
        release.countDown();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("built once");
        assertThat(second).hasValue("built once");
        assertThat(builds).hasValue(1);
    }

    @Test
    void aFailedBuildFailsEveryRequestThatWaitedForIt() {
        SectionCache cache = cache(10, Clock.fixed(NOW, ZoneOffset.UTC));
        IllegalStateException failure = new IllegalStateException("no data");
        Supplier<String> failing = () -> {
            throw failure;
        };
        assertThatThrownBy(() -> cache.card(MemberId.of(1), 1, failing)).isSameAs(failure);
        assertThat(cache.card(MemberId.of(1), 1, () -> build("after"))).as("nothing kept from a failure")
                .isEqualTo("after");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void buildsEveryTimeWhenTurnedOff() {
        SectionCache cache = cache(0, Clock.fixed(NOW, ZoneOffset.UTC));
        cache.card(MemberId.of(1), 1, () -> build("a"));
        assertThat(cache.card(MemberId.of(1), 1, () -> build("b"))).isEqualTo("b");
        assertThat(builds).hasValue(2);
    }
}
