package dev.pulseboard.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.core.api.ApiParameters;
import dev.pulseboard.health.measure.BodyPosition;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/members/{id}/measurements?type=&from=&to=&position=}: one type's readings, oldest first. A
 * segmental type (per arm, leg and torso) answers every body position, each item with its {@code position}; any
 * other type answers its whole-body series. {@code position=} picks one position (and names it in each item).
 */
@RestController
@Tag(name = "Measurements",
        description = "Readings: weight and body composition, blood pressure, heart, temperature and more")
class MeasurementApiController {

    /** The {@code type}s the API knows, as the OpenAPI document lists them. */
    static final List<String> TYPES = Arrays.stream(MeasurementType.values()).map(MeasurementType::apiName).toList();

    private final MemberAccess access;
    private final Measurements measurements;
    private final MemberWindows windows;

    MeasurementApiController(MemberAccess access, Measurements measurements, MemberWindows windows) {
        this.access = access;
        this.measurements = measurements;
        this.windows = windows;
    }

    @Operation(summary = "A member's readings of one type, oldest first")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/measurements")
    MeasurementsResponse list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam String type,
            @Parameter(description = ApiParameters.FROM_DAY_OR_INSTANT) @RequestParam(required = false) String from,
            @Parameter(description = ApiParameters.TO_DAY_OR_INSTANT)
            @RequestParam(required = false) String to, @RequestParam(required = false) String position) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        MeasurementType measurementType = MeasurementType.fromApiName(type).orElseThrow(() -> new ApiProblems.BadRequest(
                "Unknown measurement type '" + type + "'. Known types: " + String.join(", ", TYPES) + "."));
        Integer at = position == null || position.isBlank() ? null : BodyPosition.codeOf(position)
                .orElseThrow(() -> new ApiProblems.BadRequest("Unknown position '" + position + "'. Known positions: "
                        + Arrays.stream(BodyPosition.values()).map(BodyPosition::apiName)
                                .collect(Collectors.joining(", ")) + " (or unknown_N for a code Withings sent)."));
        TimeWindow window = windows.parse(member, from, to);
        if (at == null && !measurementType.isSegmental()) {
            return new MeasurementsResponse(measurements.series(member, measurementType, window.from(), window.to())
                    .stream().map(r -> new Measurement(r.time(), r.value(), r.unit(), r.timeZone(), null)).toList());
        }
        return new MeasurementsResponse(measurements.positioned(member, measurementType, at, window.from(),
                window.to()).stream()
                .map(r -> new Measurement(r.time(), r.value(), r.unit(), r.timeZone(), r.positionName())).toList());
    }

    record MeasurementsResponse(List<Measurement> items) {
    }

    /**
     * {@code timeZone}: the member's Withings profile zone when the reading was first synced, or null. {@code position}:
     * where on the body ({@code left_arm}, {@code torso}, ...), for segmental types or when asked for.
     */
    record Measurement(Instant time, BigDecimal value, String unit, @Nullable String timeZone,
            @JsonInclude(JsonInclude.Include.NON_NULL) String position) {
    }
}
