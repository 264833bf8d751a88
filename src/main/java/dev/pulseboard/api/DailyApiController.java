package dev.pulseboard.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.Days;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.core.api.ApiParameters;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.Hypnogram;
import dev.pulseboard.sync.DetailsOnView;
import dev.pulseboard.sync.MemberZones;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Nights, activity days and workouts: {@code GET /api/v1/members/{id}/sleep|activity|workouts?from=&to=} (the
 * member's local days, inclusive).
 */
@RestController
@Tag(name = "Sleep and activity", description = "Nights, activity days, workouts and intraday series")
class DailyApiController {

    /** The intraday series there are, as the OpenAPI document lists them. */
    static final List<String> INTRADAY_FIELDS = List.of("heart_rate", "steps", "spo2");

    private final MemberAccess access;
    private final DailyData daily;
    private final ActivityDetail detail;
    private final DetailsOnView onView;
    private final MemberZones zones;

    DailyApiController(MemberAccess access, DailyData daily, ActivityDetail detail, DetailsOnView onView,
            MemberZones zones) {
        this.onView = onView;
        this.zones = zones;
        this.access = access;
        this.daily = daily;
        this.detail = detail;
    }

    @Operation(summary = "A member's workouts")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/workouts")
    Items<WorkoutSession> workouts(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = ApiParameters.FROM_DAY) @RequestParam(required = false) String from,
            @Parameter(description = ApiParameters.TO_DAY) @RequestParam(required = false) String to) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        LocalDate[] range = range(from, to);
        // The member's local days, as for nights, activity days and exports: a workout at 10:41 in Auckland is on
        // that Auckland day, not on the UTC day before it.
        ZoneId zone = zones.of(member);
        return new Items<>(detail.workouts(member, range[0].atStartOfDay(zone).toInstant(),
                range[1].plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /**
     * {@code field} is heart_rate, steps or spo2; {@code date} a day of the recent window in the member's time zone,
     * as for nights, activity days and workouts.
     */
    @Operation(summary = "A member's intraday series of one day: heart rate, steps or SpO2")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/intraday")
    Items<Hypnogram.Sample> intraday(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = ApiParameters.DAY)
            @RequestParam String date, @RequestParam(defaultValue = "heart_rate") String field) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        if (!INTRADAY_FIELDS.contains(field)) {
            throw new ApiProblems.BadRequest("Unknown intraday field '" + field + "': heart_rate, steps or spo2.");
        }
        LocalDate day = date(date, "date", null);
        ZoneId zone = zones.of(member);
        onView.intradayRefusal(member, day, zone).ifPresent(why -> {
            throw new ApiProblems.BadRequest(why);
        });
        return new Items<>(onView.intraday(member, day, zone, field));
    }

    @Operation(summary = "A member's nights: stages, score and vitals")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/sleep")
    Items<Night> sleep(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = ApiParameters.FROM_DAY) @RequestParam(required = false) String from,
            @Parameter(description = ApiParameters.TO_DAY) @RequestParam(required = false) String to) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        LocalDate[] range = range(from, to);
        return new Items<>(daily.nights(member, range[0], range[1]).stream()
                .map(n -> new Night(n.date(), n.start(), n.end(), n.totalSleepSeconds(), n.lightSeconds(),
                        n.deepSeconds(), n.remSeconds(), n.awakeSeconds(), n.efficiency(), n.score(), n.hrAverage(),
                        n.rrAverage(), n.breathingDisturbances(), n.snoringSeconds()))
                .toList());
    }

    @Operation(summary = "A member's activity days: steps, distance, calories")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/activity")
    Items<Day> activity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = ApiParameters.FROM_DAY) @RequestParam(required = false) String from,
            @Parameter(description = ApiParameters.TO_DAY) @RequestParam(required = false) String to) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        LocalDate[] range = range(from, to);
        return new Items<>(daily.activity(member, range[0], range[1]).stream()
                .map(d -> new Day(d.date(), d.steps(), d.distanceMeters(), d.elevation(), d.activeCalories(),
                        d.totalCalories()))
                .toList());
    }

    private static LocalDate[] range(String from, String to) {
        LocalDate start = date(from, "from", LocalDate.of(1970, 1, 1));
        LocalDate end = date(to, "to", LocalDate.of(9999, 12, 31));
        if (end.isBefore(start)) {
            throw new ApiProblems.BadRequest(TimeWindow.INVERTED);
        }
        return new LocalDate[] { start, end };
    }

    private static LocalDate date(String text, String name, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw new ApiProblems.BadRequest("'" + name + "' is required (YYYY-MM-DD).");
            }
            return fallback;
        }
        return Days.parse(text).orElseThrow(() -> new ApiProblems.BadRequest(Days.refusal(name, text)));
    }


    record Night(LocalDate date, Instant start, Instant end, Integer totalSleepSeconds, Integer lightSeconds,
            Integer deepSeconds, Integer remSeconds, Integer awakeSeconds, BigDecimal efficiency, Integer score,
            Integer hrAverage, Integer rrAverage, Integer breathingDisturbances, Integer snoringSeconds) {
    }

    record Day(LocalDate date, Integer steps, BigDecimal distanceMeters, BigDecimal elevation,
            BigDecimal activeCalories, BigDecimal totalCalories) {
    }
}
