package dev.pulseboard.withings.transport;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import dev.pulseboard.core.Zones;

/**
 * Lenient readers for Withings' JSON: numbers that come as strings (userid), {@code more} as int or bool,
 * {@code []} where an object is expected, {@code null} or missing fields. Absent or unreadable values are null.
 */
public final class Json {

    /** An empty object, read-only by convention, for decoders that get {@code []} or nothing. */
    public static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private Json() {
    }

    /** The first field of {@code names} that is present and not null (e.g. {@code modelid} or {@code model_id}). */
    static JsonNode field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    public static Long longOrNull(JsonNode node, String... names) {
        JsonNode value = field(node, names);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.longValue();
        }
        if (value.isString()) {
            try {
                return new BigDecimal(value.stringValue().trim()).longValue();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static Integer intOrNull(JsonNode node, String... names) {
        Long value = longOrNull(node, names);
        return value == null ? null : Math.toIntExact(value);
    }

    public static long longOr(JsonNode node, String name, long fallback) {
        Long value = longOrNull(node, name);
        return value == null ? fallback : value;
    }

    public static BigDecimal decimalOrNull(JsonNode node, String... names) {
        JsonNode value = field(node, names);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString()) {
            try {
                return new BigDecimal(value.stringValue().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Double doubleOrNull(JsonNode node, String... names) {
        BigDecimal value = decimalOrNull(node, names);
        return value == null ? null : value.doubleValue();
    }

    /** Text of a string, number or boolean field; null when absent. */
    public static String string(JsonNode node, String... names) {
        JsonNode value = field(node, names);
        if (value == null || value.isContainer()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.asString();
    }

    public static Instant instant(JsonNode node, String... names) {
        Long seconds = longOrNull(node, names);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    public static LocalDate date(JsonNode node, String name) {
        String text = string(node, name);
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static ZoneId zone(JsonNode node, String name) {
        return Zones.named(string(node, name)).orElse(null);
    }

    public static Boolean bool(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.intValue() != 0;
        }
        if (value.isString()) {
            String text = value.stringValue().trim();
            return "true".equalsIgnoreCase(text) || "1".equals(text);
        }
        return null;
    }

    /** {@code more}: 0/1, true/false, "true", or absent (absent means no more pages). */
    public static boolean more(JsonNode body) {
        Boolean more = bool(body, "more");
        return more != null && more;
    }

    /** The elements of an array field, each decoded; empty when absent, null or an (empty) object. */
    public static <T> List<T> list(JsonNode node, String name, Function<JsonNode, T> decode) {
        List<JsonNode> nodes = array(node, name);
        List<T> items = new ArrayList<>(nodes.size());
        for (JsonNode item : nodes) {
            items.add(decode.apply(item));
        }
        return items;
    }

    /** The paging {@code offset}; 0 when absent. */
    public static int offset(JsonNode body) {
        Integer offset = intOrNull(body, "offset");
        return offset == null ? 0 : offset;
    }

    /** The elements of an array field; empty when absent, null or an (empty) object. */
    public static List<JsonNode> array(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            return List.of();
        }
        return new ArrayList<>(value.values());
    }

    /** The entries of an object field (e.g. a series keyed by epoch strings); empty for {@code []} or absent. */
    public static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isObject()) {
            return List.of();
        }
        return value.properties();
    }

    /** A series key in epoch seconds, or null when it is not one (skipped rather than losing the answer). */
    public static Instant epochKey(String key) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(key.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An object field, or null when absent, null or {@code []}. */
    public static JsonNode object(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isObject() ? value : null;
    }
}
