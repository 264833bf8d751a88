package dev.pulseboard.emulator.endpoint;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.oauth.ClientRegistry;
import dev.pulseboard.emulator.persona.UserView;
import dev.pulseboard.emulator.protocol.Envelope;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;

/**
 * {@code /v2/user}: getdevice and getgoals ({@code goals: []} when the user has none, as Withings sends it). Goals
 * come from the data: the latest weight objective group, a steps goal with a watch, a sleep goal with a sleep monitor.
 * Both calls accept any token: Withings documents no scope for them beyond a valid link. A contract partner's app
 * (registered with {@code partner}) gets the advanced partners' device fields too.
 */
@RestController
@WithingsEndpoint
class UserEndpoint {

    private final DataCall calls;
    private final ClientRegistry clients;
    private final EmulatorClock clock;

    UserEndpoint(DataCall calls, ClientRegistry clients, EmulatorClock clock) {
        this.calls = calls;
        this.clients = clients;
        this.clock = clock;
    }

    @RequestMapping(path = "/v2/user", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> user(HttpServletRequest http) {
        DataCall.Context call = calls.open(http, Set.of("getdevice", "getgoals"), null);
        UserView user = call.user();
        if (call.action().equals("getgoals")) {
            return Envelope.ok(Map.of("goals", goals(user)));
        }
        Map<String, long[]> sessions = sessions(user);
        boolean partner = clients.find(call.grant().clientId()).map(EmulatorProperties.Client::partner)
                .orElse(false);
        long now = clock.epochSecond();
        List<Map<String, Object>> devices = user.persona().devices().stream().filter(d -> !d.external()).map(d -> {
            long[] span = sessions.get(d.deviceId());
            return d.toJson(user.profileZone().getId(), span == null ? null : span[0],
                    span == null ? null : span[1], now, partner);
        }).toList();
        return Envelope.ok(Map.of("devices", devices));
    }

    /** Each device's first and last session: the earliest and latest of what it recorded (visible so far). */
    private static Map<String, long[]> sessions(UserView user) {
        Map<String, long[]> spans = new HashMap<>();
        BiConsumer<Device, Long> seen = (device, time) -> {
            if (device != null && !device.external()) {
                spans.merge(device.deviceId(), new long[] { time, time },
                        (a, b) -> new long[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]) });
            }
        };
        user.groups().forEach(g -> seen.accept(g.device(), g.date()));
        user.nights().forEach(n -> seen.accept(n.device(), n.start()));
        user.days().forEach(d -> seen.accept(d.device(), d.modified()));
        user.workouts().forEach(w -> seen.accept(w.device(), w.start()));
        user.ecgs().forEach(e -> seen.accept(e.device(), e.timestamp()));
        return spans;
    }

    private static Object goals(UserView user) {
        Map<String, Object> goals = new LinkedHashMap<>();
        if (!user.days().isEmpty()) {
            goals.put("steps", user.persona().fullKit() ? 10_000 : 8_000);
        }
        if (!user.nights().isEmpty()) {
            goals.put("sleep", 28_800);
        }
        // The current weight goal: the latest goal group (an older one was replaced by it).
        user.groups().stream().filter(g -> g.category() == MeasureGroup.GOAL && g.hasType(1))
                .max(Comparator.comparingLong(MeasureGroup::date))
                .flatMap(g -> g.measures().stream().filter(m -> m.type() == 1).findFirst())
                .ifPresent(m -> goals.put("weight", Map.of("value", m.value(), "unit", m.unit())));
        return goals.isEmpty() ? List.of() : goals;
    }
}
