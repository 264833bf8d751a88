package dev.pulseboard.withings.transport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pulseboard.withings.measure.Attrib;
import dev.pulseboard.withings.measure.MeasureType;

/**
 * The registry behind every Withings code type ({@link MeasureType}, {@link Attrib}, ...). Each code type is a
 * record of its {@code int code} with named constants, so a code Withings adds tomorrow still decodes: it becomes
 * an instance whose {@code name()} is {@code "unknown N"}, and it is logged once per type and code, not per
 * reading. Constants are defined in static initializers only, so the maps are read-only afterwards.
 */
public final class CodeTable<T> {

    private static final Logger log = LoggerFactory.getLogger(CodeTable.class);
    private static final int MAX_REMEMBERED_UNKNOWN = 1_000;

    private static final Map<Class<?>, CodeTable<?>> TABLES = new ConcurrentHashMap<>();

    private final String kind;
    private final IntFunction<T> factory;
    private final Map<Integer, T> byCode = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, String> units = new HashMap<>();
    private final Map<String, T> byName = new HashMap<>();
    private final Set<Integer> reported = ConcurrentHashMap.newKeySet();

    public CodeTable(Class<T> type, String kind, IntFunction<T> factory) {
        this.kind = kind;
        this.factory = factory;
        TABLES.put(type, this);
    }

    /** The table of a code type (its class is initialized, so its table exists, once an instance exists). */
    public static CodeTable<?> of(Class<?> type) {
        return TABLES.get(type);
    }

    public T define(int code, String name) {
        return define(code, name, "");
    }

    public T define(int code, String name, String unit) {
        T value = factory.apply(code);
        if (byCode.putIfAbsent(code, value) != null || byName.putIfAbsent(name, value) != null) {
            throw new IllegalStateException(kind + " defined twice: " + code + " " + name);
        }
        names.put(code, name);
        units.put(code, unit);
        return value;
    }

    public T fromCode(int code) {
        T known = byCode.get(code);
        if (known != null) {
            return known;
        }
        if (reported.size() < MAX_REMEMBERED_UNKNOWN && reported.add(code)) {
            log.warn("Withings sent {} code {}, which this client does not know; kept as \"unknown {}\"", kind,
                    code, code);
        }
        return factory.apply(code);
    }

    public Optional<T> fromName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isKnown(int code) {
        return byCode.containsKey(code);
    }

    public String name(int code) {
        String name = names.get(code);
        return name != null ? name : "unknown " + code;
    }

    public String unit(int code) {
        return units.getOrDefault(code, "");
    }

    public List<T> values() {
        return byCode.keySet().stream().sorted().map(byCode::get).toList();
    }
}
