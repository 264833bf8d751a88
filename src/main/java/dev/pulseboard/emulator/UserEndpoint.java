package dev.pulseboard.emulator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v2/user}: getdevice and getgoals ({@code goals: []} when the user has none, as Withings sends it). Goals
 * come from the data: the latest weight objective group, a steps goal with a watch, a sleep goal with a sleep monitor.
 * Both calls accept any token: Withings documents no scope for them beyond a valid link.
 */
@RestController
@WithingsEndpoint
class UserEndpoint {

    private final DataCall calls;

    UserEndpoint(DataCall calls) {
        this.calls = calls;
    }

    @RequestMapping(path = "/v2/user", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> user(HttpServletRequest http) {
        DataCall.Context call = calls.open(http, Set.of("getdevice", "getgoals"), null);
        UserView user = call.user();
        if (call.action().equals("getgoals")) {
            return Envelope.ok(Map.of("goals", goals(user)));
        }
        Long first = user.groups().stream().map(MeasureGroup::date).min(Comparator.naturalOrder()).orElse(null);
        Long last = user.groups().stream().map(MeasureGroup::date).max(Comparator.naturalOrder()).orElse(null);
        List<Map<String, Object>> devices = user.persona().devices().stream()
                .map(d -> d.toJson(user.persona().zone().getId(), first, last)).toList();
        return Envelope.ok(Map.of("devices", devices));
    }

    private static Object goals(UserView user) {
        Map<String, Object> goals = new LinkedHashMap<>();
        if (!user.days().isEmpty()) {
            goals.put("steps", user.persona().fullKit() ? 10_000 : 8_000);
        }
        if (!user.nights().isEmpty()) {
            goals.put("sleep", 28_800);
        }
        user.groups().stream().filter(g -> g.category() == MeasureGroup.GOAL && g.hasType(1)).findFirst()
                .flatMap(g -> g.measures().stream().filter(m -> m.type() == 1).findFirst())
                .ifPresent(m -> goals.put("weight", Map.of("value", m.value(), "unit", m.unit())));
        return goals.isEmpty() ? List.of() : goals;
    }
}
