package dev.pulseboard.dashboard.ecg;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.DetailsOnView;

/** Builds the ECG section: the recordings of the range, and one strip on ECG paper (the chosen one, else the newest). */
@Component
public class EcgSection {

    /** An ECG's intervals, in the order a reader of an ECG takes them, with their names on the page. */
    private static final List<MeasurementType> INTERVALS = List.of(MeasurementType.PR_INTERVAL,
            MeasurementType.QRS_INTERVAL, MeasurementType.QT_INTERVAL, MeasurementType.QTC_INTERVAL);
    private static final List<String> INTERVAL_NAMES = List.of("PR", "QRS", "QT", "QTc");
    /** How far from the recording's time its measure group may be dated (Withings sends the two separately). */
    private static final Duration SAME_RECORDING = Duration.ofMinutes(1);

    private final Recordings recordings;
    private final DetailsOnView details;
    private final Measurements measurements;
    private final Connections connections;

    EcgSection(Recordings recordings, DetailsOnView details, Measurements measurements, Connections connections) {
        this.recordings = recordings;
        this.details = details;
        this.measurements = measurements;
        this.connections = connections;
    }

    /**
     * {@code adults}: whose recordings Withings' classification is meant for, by the member's age on each one's day
     * (in the page's zone).
     */
    public EcgView build(MemberId member, RangeView range, SettingsView settings, String signal,
            AdultCategories adults, TableRows listed) {
        List<EcgStrip> list = recordings.ecgs(member, range.fromOrEpoch(), range.toOrFarFuture()).stream()
                .sorted(Comparator.comparing(EcgStrip::time, Comparator.reverseOrder())).toList();
        String message = null;
        Optional<EcgStrip> chosen = Optional.empty();
        if (signal != null && !signal.isBlank()) {
            // A strip that came by notification since the last full sync is fetched now, on first view.
            chosen = parse(signal).flatMap(id -> details.ecg(member, id)).filter(EcgStrip::hasSignal);
            if (chosen.isEmpty()) {
                message = "There is no stored strip \u201c" + signal + "\u201d for this member; showing the newest "
                        + "kept.";
            }
        }
        if (chosen.isEmpty()) {
            chosen = list.stream().filter(EcgStrip::hasSignal).findFirst()
                    .flatMap(e -> recordings.ecg(member, e.signalId()));
        }
        long selected = chosen.map(EcgStrip::signalId).orElse(-1L);
        // A strip not fetched yet is fetched when chosen, but not one of another Withings account than the linked one.
        Set<Long> beyondReach = recordings.ecgsBeyondReach(member, linkedAccount(member));
        var rows = list.stream().map(e -> new EcgView.Recording(e.signalId(), settings.dateTime(e.time()),
                EcgView.afib(e.afib()), e.heartRate(), !beyondReach.contains(e.signalId()), e.signalId() == selected,
                young(e, adults, settings))).toList();
        int limit = listed.limit(EcgView.SHOWN);
        int shown = (int) IntStream.range(0, rows.size()).filter(i -> i < limit || rows.get(i).selected()).count();
        String keep = signal == null || signal.isBlank() ? "" : "&signal=" + selected;
        return new EcgView(rows, chosen.map(e -> strip(member, e, settings, adults)).orElse(null), message, limit,
                listed.count(shown, rows.size(), EcgView.SHOWN, "recordings", "ecg-table", settings::integer, keep));
    }

    /**
     * The Withings account linked to the member now, null for none: the section depends on it as on the data (which
     * strips may be fetched), so a kept section is keyed by it too; a link or a disconnect changes no data.
     */
    public String linkedAccount(MemberId member) {
        var status = connections.status(member);
        return status.isConnected() ? status.withingsUserId() : null;
    }

    private static boolean young(EcgStrip e, AdultCategories adults, SettingsView settings) {
        return !adults.ecg(LocalDate.ofInstant(e.time(), settings.zone()));
    }

    private EcgView.Strip strip(MemberId member, EcgStrip e, SettingsView settings, AdultCategories adults) {
        int hz = e.samplingFrequency() == null || e.samplingFrequency() <= 0 ? 300 : e.samplingFrequency();
        return new EcgView.Strip(e.signalId(), settings.dateTime(e.time()), EcgView.afib(e.afib()), e.heartRate(),
                EcgPaper.layout(e.microvolts(), hz), intervals(member, e.time(), settings), young(e, adults, settings));
    }

    /**
     * The intervals the device measured with the recording ("PR 158 ms"), from the measure group dated nearest to
     * it within a minute; none where there is none (a watch's ECG, a recording in atrial fibrillation).
     */
    private List<String> intervals(MemberId member, Instant time, SettingsView settings) {
        Instant from = time.minus(SAME_RECORDING);
        Instant to = time.plus(SAME_RECORDING).plusMillis(1);
        return IntStream.range(0, INTERVALS.size()).boxed().flatMap(i -> measurements
                .series(member, INTERVALS.get(i), from, to).stream()
                .min(Comparator.comparing(r -> Duration.between(r.time(), time).abs()))
                .map(r -> INTERVAL_NAMES.get(i) + " " + settings.integer(r.value().longValue()) + " ms").stream())
                .toList();
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
