package dev.pulseboard.sync.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.DetailsOnView;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.WithingsClient;
import dev.pulseboard.withings.heart.EcgRecording;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * ECG recordings (heart list, by recording time: the list takes a window, not lastupdate), then, in the first
 * backfill, the strip of every recording (heart get, one call each), stored compactly. A later recording's strip
 * is fetched when someone first opens it ({@link DetailsOnView}): one call then, none if nobody looks.
 */
@Component
@Order(5)
public class EcgSync extends PagedSync<EcgRecording> {

    private final WithingsClient client;
    private final Recordings recordings;
    private final Clock clock;

    EcgSync(WithingsClient client, Recordings recordings, StoreStep step, Clock clock) {
        super(step);
        this.client = client;
        this.recordings = recordings;
        this.clock = clock;
    }

    @Override
    public String dataType() {
        return "ecg";
    }

    /**
     * How far before the newest stored recording each read looks again. Heart list filters by the recording's time,
     * not by upload: a watch's ECG reaches Withings when the phone syncs, hours or days after it was recorded, and
     * maybe after a newer one from a blood-pressure monitor on Wi-Fi was fetched. Recordings read again are stored
     * again unchanged (their strips kept); it costs no call while a week's recordings fit in one page. A recording
     * uploaded later still is read because its notification announces its time: the next run reads from there
     * ({@code SyncStatusRepository.rereadFrom}).
     */
    static final Duration LATE_UPLOADS = Duration.ofDays(7);

    @Override
    Fetched<EcgRecording> fetch(MemberId member, AccessTokens tokens, Instant since, int offset, Priority priority) {
        Instant from = since.isAfter(Instant.EPOCH.plus(LATE_UPLOADS)) ? since.minus(LATE_UPLOADS) : since;
        var page = client.ecgRecordings(tokens, TimeWindow.of(from, clock.instant()), offset, priority);
        return new Fetched<>(page.recordings(), page.more(), page.offset());
    }

    @Override
    int store(MemberId member, String account, List<EcgRecording> list) {
        var strips = list.stream().filter(r -> r.signalId() != 0 && r.timestamp() != null)
                .map(r -> new EcgStrip(r.signalId(), r.timestamp(), r.afib(), r.heartRate(), r.systole(),
                        r.diastole(), r.model(), r.deviceId(), null, null, null))
                .toList();
        recordings.storeEcgs(member, account, strips);
        return strips.size();
    }

    @Override
    Instant modified(EcgRecording item) {
        return item.timestamp();
    }

    /** Strips of the history come with the first backfill; later ones when first opened ({@link DetailsOnView}). */
    @Override
    void afterPages(MemberId member, AccessTokens tokens, Priority priority) {
        if (!firstBackfill(member)) {
            return;
        }
        // The linked account's recordings only: another account's strips cannot be asked with this one's token.
        List<Long> withoutSignal = withAccount(member, account -> recordings.ecgsWithoutSignal(member, account));
        for (long signalId : withoutSignal) {
            beforeNextCall();
            fetchAndStore(member, tokens, signalId, priority, true);
        }
    }

    /**
     * One recording's strip (heart get), stored, when someone opens it. A recording of another Withings account than
     * the one the member is linked to now cannot be: no call.
     */
    public void fetchSignal(MemberId member, AccessTokens tokens, long signalId, Priority priority) {
        if (withAccount(member, account -> recordings.ecgFromAccount(member, signalId, account))) {
            fetchAndStore(member, tokens, signalId, priority, false);
        }
    }

    /** One recording's strip, stored; counted in the run's progress when fetched by a run. */
    private void fetchAndStore(MemberId member, AccessTokens tokens, long signalId, Priority priority, boolean inRun) {
        var signal = client.ecgSignal(tokens, signalId, priority);
        int[] microvolts = signal.signal().stream().mapToInt(Integer::intValue).toArray();
        inLock(member, () -> {
            recordings.storeEcgSignal(member, signalId, signal.samplingFrequency(), signal.wearPosition(),
                    microvolts);
            if (inRun) {
                progress(member, 1);
            }
        });
    }
}
