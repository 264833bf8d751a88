package dev.pulseboard.emulator.endpoint;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.emulator.data.MeasureGroup;

/**
 * Serialized measure groups (UTF-8 JSON), per group and measure-type filter, so that a getmeas page is mostly copied
 * bytes: a group never changes under the same grpid, attrib and {@code modified}, so entries never go stale.
 * Bounded: past {@value #MAX_ENTRIES} entries it starts over.
 */
public final class GroupJsonCache {

    private static final int MAX_ENTRIES = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** The group's JSON; {@code intDeviceId} is the same for every call on one user's cache. */
    byte[] json(MeasureGroup group, MeasureEndpoint.MeasureQuery query, boolean intDeviceId) {
        Set<Integer> types = query.types();
        String key = group.grpid() + ":" + group.attrib() + ":" + group.modified() + ":"
                + (types.isEmpty() ? "*" : new TreeSet<>(types));
        byte[] cached = cache.get(key);
        if (cached == null) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cached = JSON.writeValueAsBytes(group.toJson(query.shown(group), intDeviceId));
            cache.put(key, cached);
        }
        return cached;
    }
}
