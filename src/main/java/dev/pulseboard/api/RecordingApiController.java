package dev.pulseboard.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.Days;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.core.api.ApiParameters;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Hypnogram;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.DetailsOnView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** ECG recordings with their strips, and a night's hypnogram with its vitals. */
@RestController
@Tag(name = "ECG and hypnograms", description = "Recordings: ECG strips and nights' hypnograms")
class RecordingApiController {

    private final MemberAccess access;
    private final Recordings recordings;
    private final DailyData daily;
    private final DetailsOnView details;
    private final MemberWindows windows;

    RecordingApiController(MemberAccess access, Recordings recordings, DailyData daily, DetailsOnView details,
            MemberWindows windows) {
        this.details = details;
        this.windows = windows;
        this.access = access;
        this.recordings = recordings;
        this.daily = daily;
    }

    @Operation(summary = "A member's ECG recordings, without their strips")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/ecg")
    Items<EcgItem> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = ApiParameters.FROM_DAY_OR_INSTANT) @RequestParam(required = false) String from,
            @Parameter(description = ApiParameters.TO_DAY_OR_INSTANT) @RequestParam(required = false) String to) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        TimeWindow window = windows.parse(member, from, to);
        var strips = recordings.ecgs(member, window.from() == null ? Instant.EPOCH : window.from(),
                window.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : window.to());
        return new Items<>(strips.stream().map(s -> new EcgItem(s.signalId(), s.time(), s.afib(),
                s.heartRate(), s.systole(), s.diastole(), s.hasSignal())).toList());
    }

    @Operation(summary = "One ECG recording with its strip's samples")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/ecg/{signalId}")
    EcgSignalResponse strip(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long signalId) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        EcgStrip strip = details.ecg(member, signalId).orElseThrow(() -> new AccountException(
                AccountException.Reason.NOT_FOUND, "There is no ECG " + signalId + " for member " + id + "."));
        return new EcgSignalResponse(strip.signalId(), strip.time(), strip.afib(), strip.heartRate(),
                strip.samplingFrequency(), strip.wearPosition(), strip.microvolts());
    }

    @Operation(summary = "The hypnogram of the night that ended on a day")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/sleep/{date}/hypnogram")
    List<Hypnogram> hypnogram(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = ApiParameters.DAY) @PathVariable String date) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        LocalDate day = Days.parse(date).orElseThrow(() -> new ApiProblems.BadRequest(Days.refusal("date", date)));
        return daily.nights(member, day, day).stream().map(n -> details.hypnogram(member, n)).toList();
    }

    record EcgItem(long signalId, Instant time, Integer afib, Integer heartRate, Integer systole, Integer diastole,
            boolean hasSignal) {
    }

    record EcgSignalResponse(long signalId, Instant time, Integer afib, Integer heartRate, Integer samplingFrequency,
            Integer wearPosition, int[] microvolts) {
    }
}
