package dev.pulseboard.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;

/** {@code GET /api/v1/members/{id}/measurements?type=&from=&to=}: one type's readings, oldest first. */
@RestController
class MeasurementApiController {

    private final MemberAccess access;
    private final Measurements measurements;

    MeasurementApiController(MemberAccess access, Measurements measurements) {
        this.access = access;
        this.measurements = measurements;
    }

    @GetMapping("/api/v1/members/{id}/measurements")
    MeasurementsResponse list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        MeasurementType measurementType = MeasurementType.fromApiName(type).orElseThrow(() -> new ApiProblems.BadRequest(
                "Unknown measurement type '" + type + "'. Known types: " + Arrays.stream(MeasurementType.values())
                        .map(MeasurementType::apiName).collect(Collectors.joining(", ")) + "."));
        TimeWindow window = window(from, to);
        var items = measurements.series(member, measurementType, window.from(), window.to()).stream()
                .map(r -> new Item(r.time(), r.value(), r.unit(), r.timeZone())).toList();
        return new MeasurementsResponse(items);
    }

    private static TimeWindow window(String from, String to) {
        try {
            return TimeWindow.parse(from, to);
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.BadRequest(e.getMessage());
        }
    }

    record MeasurementsResponse(List<Item> items) {
    }

    /** {@code timeZone}: the member's Withings profile zone when the reading was synced, or null. */
    record Item(Instant time, BigDecimal value, String unit, String timeZone) {
    }
}
