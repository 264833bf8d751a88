package dev.pulseboard.emulator.endpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;

/**
 * Serialized list pages, keyed by user, data version (which changes whenever the visible data does), query and
 * offset, so that a repeated page is one map lookup and a copy of bytes. Bounded by {@code page-cache-mb}: when a new
 * page would pass it, the cache starts over.
 */
@Component
public class PageCache {

    /** What a page depends on; {@code query} must be a value (a record). */
    record Key(String userId, long version, Object query, int offset) {
    }

    private final Map<Key, byte[]> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;

    PageCache(EmulatorProperties properties) {
        this.maxBytes = properties.pageCacheMb() * 1024L * 1024L;
    }

    byte[] get(Key key, Supplier<byte[]> render) {
        byte[] page = pages.get(key);
        if (page != null) {
            return page;
        }
        page = render.get();
        if (page.length > maxBytes) {
            return page;
        }
        if (bytes.addAndGet(page.length) > maxBytes) {
            clear();
            bytes.addAndGet(page.length);
        }
        byte[] raced = pages.putIfAbsent(key, page);
        if (raced != null) {
            bytes.addAndGet(-page.length);
            return raced;
        }
        return page;
    }

    public void clear() {
        pages.clear();
        bytes.set(0);
    }
}
