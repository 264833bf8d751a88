package dev.pulseboard.emulator.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/** Withings' response envelope: always HTTP 200, {@code {"status":0,"body":{...}}} or an error. */
public final class Envelope {

    private Envelope() {
    }

    public static Map<String, Object> ok(Object body) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("status", 0);
        envelope.put("body", body);
        return envelope;
    }

    static Map<String, Object> error(int status, String error) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("status", status);
        envelope.put("body", Map.of());
        envelope.put("error", error);
        return envelope;
    }
}
