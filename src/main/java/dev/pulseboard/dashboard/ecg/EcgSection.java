package dev.pulseboard.dashboard.ecg;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.DetailsOnView;

/** Builds the ECG section: the recordings of the range, and one strip on ECG paper (the chosen one, else the newest). */
@Component
public class EcgSection {

    private final Recordings recordings;
    private final DetailsOnView details;

    EcgSection(Recordings recordings, DetailsOnView details) {
        this.recordings = recordings;
        this.details = details;
    }

    public EcgView build(MemberId member, RangeView range, SettingsView settings, String signal) {
        List<EcgStrip> list = recordings.ecgs(member, range.fromOrEpoch(), range.toOrFarFuture()).stream()
                .sorted(Comparator.comparing(EcgStrip::time, Comparator.reverseOrder())).toList();
        String message = null;
        Optional<EcgStrip> chosen = Optional.empty();
        if (signal != null && !signal.isBlank()) {
            // A strip that came by notification since the last full sync is fetched now, on first view.
            chosen = parse(signal).flatMap(id -> details.ecg(member, id)).filter(EcgStrip::hasSignal);
            if (chosen.isEmpty()) {
                message = "There is no stored strip \u201c" + signal + "\u201d for this member; showing the newest.";
            }
        }
        if (chosen.isEmpty()) {
            chosen = list.stream().filter(EcgStrip::hasSignal).findFirst()
                    .flatMap(e -> recordings.ecg(member, e.signalId()));
        }
        long selected = chosen.map(EcgStrip::signalId).orElse(-1L);
        // Every recording can be opened: a strip not fetched yet is fetched when chosen.
        var rows = list.stream().map(e -> new EcgView.Recording(e.signalId(), settings.dateTime(e.time()),
                EcgView.afib(e.afib()), e.heartRate(), true, e.signalId() == selected)).toList();
        return new EcgView(rows, chosen.map(e -> strip(e, settings)).orElse(null), message);
    }

    private static EcgView.Strip strip(EcgStrip e, SettingsView settings) {
        int hz = e.samplingFrequency() == null || e.samplingFrequency() <= 0 ? 300 : e.samplingFrequency();
        return new EcgView.Strip(e.signalId(), settings.dateTime(e.time()), EcgView.afib(e.afib()), e.heartRate(),
                EcgPaper.layout(e.microvolts(), hz));
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
