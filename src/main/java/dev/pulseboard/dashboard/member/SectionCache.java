package dev.pulseboard.dashboard.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.HealthDataVersions;

/**
 * What pages built from a member's data, kept while that data is unchanged: a bounded least-recently-used map keyed
 * by the member, the part of the page, everything else the part was built from (range, the viewer's units and time
 * zone, the day) and the member's {@link HealthDataVersions data version}, which every write of the member's data
 * raises. A write therefore makes every kept part of that member unreachable at once, on every instance.
 * <p>
 * A part built from stored data alone is kept until that data changes (or the map drops it). A section that asks
 * Withings for a detail on view (a night's hypnogram, an ECG strip) is built again once older than
 * {@link PagesProperties#cacheMaxAge()}, so that a detail Withings could not give is asked for again: the kept one
 * is still served while one rebuild runs in the background, so that no request waits for a rebuild only its age
 * asked for. Rebuilding the others by age would only make the same pages again (and on a small heap, garbage that
 * lived long enough to reach the old generation). A part is built once however many requests ask for it at the same
 * moment (the others wait for that build).
 * <p>
 * It never decides who sees what: callers run the permission check ({@code MemberAccess}) first, on every request,
 * and ask here only for a member the viewer may see; the key holds the member, so one member's part can never be
 * served for another.
 */
@Component
class SectionCache {

    private static final Logger log = LoggerFactory.getLogger(SectionCache.class);

    private final Lru sections;
    private final Lru cards;
    private final ToLongFunction<MemberId> versions;
    private final PagesProperties properties;
    private final Clock clock;
    private final Executor background;

    @Autowired
    SectionCache(HealthDataVersions versions, PagesProperties properties, Clock clock,
            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this(versions::of, properties, clock, background);
    }

    SectionCache(ToLongFunction<MemberId> versions, PagesProperties properties, Clock clock, Executor background) {
        this.sections = new Lru(properties.cacheEntries());
        this.cards = new Lru(properties.cardCacheEntries());
        this.versions = versions;
        this.properties = properties;
        this.clock = clock;
        this.background = background;
    }

    /** A member's section built from stored data and {@code parts} (range, settings ...), kept or built now. */
    <T> T section(MemberId member, String section, Supplier<T> build, Object... parts) {
        return sections.get(new Key(member, section, versions.applyAsLong(member), Arrays.asList(parts)), null, build);
    }

    /**
     * A member's section that may ask Withings for a detail on view (a hypnogram, an ECG strip), kept or built now,
     * and built again in the background once older than {@link PagesProperties#cacheMaxAge()}.
     */
    <T> T sectionWithDetails(MemberId member, String section, Supplier<T> build, Object... parts) {
        return sections.get(new Key(member, section, versions.applyAsLong(member), Arrays.asList(parts)),
                properties.cacheMaxAge(), build);
    }

    /** A member's overview figures, with the version the caller read (in one query for a whole overview). */
    <T> T card(MemberId member, long version, Supplier<T> build, Object... parts) {
        return cards.get(new Key(member, "card", version, Arrays.asList(parts)), null, build);
    }

    private record Key(MemberId member, String part, long version, List<Object> parts) {
    }

    private record Kept(Object value, Instant at) {
    }

    /**
     * A synchronized access-ordered map; a value is built outside the lock, once for all the requests that ask for
     * it meanwhile.
     */
    private final class Lru {

        private final int capacity;
        private final Map<Key, Kept> map;
        private final Map<Key, CompletableFuture<Object>> building = new ConcurrentHashMap<>();

        Lru(int capacity) {
            this.capacity = capacity;
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                    return size() > Lru.this.capacity;
                }
            };
        }

        /** The kept value, or one built now; past {@code maxAge} (none: null), rebuilt in the background. */
        @SuppressWarnings("unchecked")
        <T> T get(Key key, Duration maxAge, Supplier<T> build) {
            if (capacity <= 0) {
                return build.get();
            }
            Kept kept;
            synchronized (map) {
                kept = map.get(key);
            }
            if (kept == null) {
                return (T) buildOnce(key, build);
            }
            if (maxAge != null && !kept.at().plus(maxAge).isAfter(clock.instant())) {
                rebuildInBackground(key, build);
            }
            return (T) kept.value();
        }

        private Object buildOnce(Key key, Supplier<?> build) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            CompletableFuture<Object> other = building.putIfAbsent(key, mine);
            if (other != null) {
                return await(other);
            }
            try {
                Object value = build.get();
                keep(key, value);
                mine.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                building.remove(key, mine);
            }
        }

        private void rebuildInBackground(Key key, Supplier<?> build) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            if (building.putIfAbsent(key, mine) != null) {
                return;
            }
            try {
                background.execute(() -> {
                    try {
                        Object value = build.get();
                        keep(key, value);
                        mine.complete(value);
                    } catch (RuntimeException e) {
                        log.warn("Rebuilding a kept {} of member {} failed; the kept one is served meanwhile: {}",
                                key.part(), key.member().value(), e.toString());
                        mine.completeExceptionally(e);
                    } finally {
                        building.remove(key, mine);
                    }
                });
            } catch (RejectedExecutionException e) {
                building.remove(key, mine);
                mine.cancel(false);
            }
        }

        private void keep(Key key, Object value) {
            synchronized (map) {
                map.put(key, new Kept(value, clock.instant()));
            }
        }

        private static Object await(CompletableFuture<Object> other) {
            try {
                return other.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
