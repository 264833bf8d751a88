package dev.pulseboard.dashboard.member;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.HealthDataVersions;

/**
 * What pages built from a member's data, kept while that data is unchanged: a bounded least-recently-used map keyed
 * by the member, the part of the page, everything else the part was built from (range, the viewer's units and time
 * zone, the day) and the member's {@link HealthDataVersions data version}, which every write of the member's data
 * raises. A write therefore makes every kept part of that member unreachable at once, on every instance.
 * <p>
 * It never decides who sees what: callers run the permission check ({@code MemberAccess}) first, on every request,
 * and ask here only for a member the viewer may see; the key holds the member, so one member's part can never be
 * served for another.
 */
@Component
class SectionCache {

    private final Lru sections;
    private final Lru cards;
    private final HealthDataVersions versions;
    private final PagesProperties properties;
    private final Clock clock;

    SectionCache(HealthDataVersions versions, PagesProperties properties, Clock clock) {
        this.sections = new Lru(properties.cacheEntries());
        this.cards = new Lru(properties.cardCacheEntries());
        this.versions = versions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A member's section built from {@code parts} (range, settings, chosen night ...), kept or built now. */
    <T> T section(MemberId member, String section, Supplier<T> build, Object... parts) {
        return sections.get(new Key(member, section, versions.of(member), Arrays.asList(parts)), build);
    }

    /** A member's overview figures, with the version the caller read (in one query for a whole overview). */
    <T> T card(MemberId member, long version, Supplier<T> build, Object... parts) {
        return cards.get(new Key(member, "card", version, Arrays.asList(parts)), build);
    }

    private record Key(MemberId member, String part, long version, List<Object> parts) {
    }

    private record Kept(Object value, Instant at) {
    }

    /** A synchronized access-ordered map; values are built outside the lock (two requests may both build one). */
    private final class Lru {

        private final int capacity;
        private final Map<Key, Kept> map;

        Lru(int capacity) {
            this.capacity = capacity;
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                    return size() > Lru.this.capacity;
                }
            };
        }

        @SuppressWarnings("unchecked")
        <T> T get(Key key, Supplier<T> build) {
            if (capacity <= 0) {
                return build.get();
            }
            Instant now = clock.instant();
            Kept kept;
            synchronized (map) {
                kept = map.get(key);
            }
            if (kept != null && kept.at().plus(properties.cacheMaxAge()).isAfter(now)) {
                return (T) kept.value();
            }
            T value = build.get();
            synchronized (map) {
                map.put(key, new Kept(value, now));
            }
            return value;
        }
    }
}
