package dev.pulseboard.sync.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.recording.Hypnogram;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.DetailsOnView;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.WithingsClient;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.sleep.SleepSegment;

/**
 * Hypnograms: sleep get takes one night's window per call, so the first backfill fetches those of the last
 * {@link #RECENT} (one call a night); any other night's is fetched when someone first opens it
 * ({@link DetailsOnView}): one call then, none for the nights nobody looks at.
 */
@Component
@Order(4)
public class HypnogramSync implements DataSync {

    static final Duration RECENT = Duration.ofDays(30);
    static final List<String> VITALS = List.of("hr", "rr", "snoring");

    private final WithingsClient client;
    private final DailyData daily;
    private final Recordings recordings;
    private final StoreStep step;
    private final Clock clock;

    HypnogramSync(WithingsClient client, DailyData daily, Recordings recordings, StoreStep step,
            Clock clock) {
        this.client = client;
        this.daily = daily;
        this.recordings = recordings;
        this.step = step;
        this.clock = clock;
    }

    @Override
    public String dataType() {
        return "sleep";
    }

    @Override
    public int run(MemberId member, AccessTokens tokens, Priority priority) {
        if (!recordings.nightsWithHypnogram(member).isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int fetched = 0;
        for (var night : daily.nights(member, today.minusDays(RECENT.toDays()), today.plusDays(1))) {
            if (recordings.hasHypnogram(member, night.withingsId())) {
                continue;
            }
            step.beforeNextCall();
            fetched += fetch(member, tokens, night, priority).segments().size();
        }
        return fetched;
    }

    /**
     * A notified night waits: its hypnogram is fetched when someone opens it ({@link DetailsOnView}) or by the next
     * full run, so a night costs one call (its summary), not two.
     */
    @Override
    public int runNotified(MemberId member, AccessTokens tokens, Priority priority) {
        return 0;
    }

    /**
     * One night's segments and vitals from Withings (one call), stored. A night of another Withings account than the
     * one the member is linked to now is not asked for (none, no call): sleep get reads a window of time, and this
     * account's token would answer this account's segments of that time.
     */
    public Hypnogram fetch(MemberId member, AccessTokens tokens, SleepNight night, Priority priority) {
        if (!step.underAccountLock(member, account -> daily.nightFromAccount(member, night.withingsId(), account))) {
            return new Hypnogram(night.withingsId(), List.of(), Map.of());
        }
        var segments = client.sleep(tokens, TimeWindow.of(night.start(), night.end()), priority);
        Hypnogram hypnogram = hypnogram(night.withingsId(), segments);
        step.underLock(member, () -> {
            recordings.storeHypnogram(member, hypnogram);
        });
        return hypnogram;
    }

    static Hypnogram hypnogram(long nightId, List<SleepSegment> segments) {
        List<Hypnogram.Segment> stages = new ArrayList<>();
        Map<String, List<Hypnogram.Sample>> vitals = new LinkedHashMap<>();
        for (SleepSegment s : segments) {
            if (s.start() != null && s.end() != null) {
                stages.add(new Hypnogram.Segment(s.start(), s.end(), s.state().code()));
            }
            for (String field : VITALS) {
                s.series(field).forEach((time, value) -> vitals.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(new Hypnogram.Sample(time, value.intValue())));
            }
        }
        vitals.values().forEach(list -> list.sort(Comparator.comparing(Hypnogram.Sample::time)));
        stages.sort(Comparator.comparing(Hypnogram.Segment::start));
        return new Hypnogram(nightId, stages, vitals);
    }
}
