package dev.pulseboard.dashboard.sleep;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.Zones;
import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.chart.Durations;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.measure.Reading;
import dev.pulseboard.health.recording.Hypnogram;

/**
 * A night's hypnogram as the page draws it: the stages as bars over the night's clock time (in the page's zone),
 * and the heart rate, breathing rate and snoring Withings measured during it.
 */
@Component
public class Hypnograms {

    /** Rows of the hypnogram, bottom to top, and the Withings sleep state each shows. */
    static final List<String> ROWS = List.of("Deep", "Light", "REM", "Awake");
    private static final int[] ROW_OF_STATE = { 3, 1, 0, 2 };

    private final Charts charts;

    Hypnograms(Charts charts) {
        this.charts = charts;
    }

    /** The time each stage of the drawn segments lasted, for a screen reader ("Deep 1 h 20, Light 3 h 41, ..."). */
    static String timeInStages(List<Hypnogram.Segment> segments) {
        long[] seconds = new long[ROWS.size()];
        for (Hypnogram.Segment seg : segments) {
            seconds[ROW_OF_STATE[seg.state()]] += Duration.between(seg.start(), seg.end()).toSeconds();
        }
        List<String> parts = new ArrayList<>();
        for (int row = 0; row < ROWS.size(); row++) {
            parts.add(ROWS.get(row) + " " + Durations.hoursMinutes((int) seconds[row]));
        }
        return segments.isEmpty() ? "" : "time in each stage: " + String.join(", ", parts);
    }

    /**
     * A night is read by the clock where it was slept, as its title's days are: its charts and times are in the
     * night's own zone, named when the page reads other times in another (a Paris night is 23:10 to 7:02, not 14:10
     * to 22:02 for a viewer who fixed Los Angeles).
     */
    SleepView.NightDetail detail(SleepNight night, Hypnogram h, SettingsView page) {
        ZoneId slept = Zones.named(night.timezone()).orElse(page.zone());
        SettingsView s = page.inZone(slept);
        String where = slept.normalized().equals(page.zone().normalized()) ? ""
                : " (clock times in " + slept.getId() + ", where it was slept)";
        List<Hypnogram.Segment> segments = drawable(h);
        // On the time that passed, as the vitals below: each stage as wide as it lasted, on a night that changes to
        // or from daylight-saving time too.
        List<Object[]> data = segments.stream().map(seg -> new Object[] { Charts.clock(seg.start(), s.zone()),
                Charts.clock(seg.end(), s.zone()), ROW_OF_STATE[seg.state()] }).toList();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "hypnogram");
        if (Charts.clockZone(s.zone()) != null) {
            spec.put("zone", Charts.clockZone(s.zone()));
        }
        spec.put("rows", ROWS);
        spec.put("colors", ROWS.stream().map(SleepSection.STAGES::get).toList());
        spec.put("data", data);
        ChartView stages = new ChartView("hypnogram-chart", "Sleep stages over the night of " + s.day(night.date()),
                charts.json(spec), segments.size(), segments.size(), timeInStages(segments));
        ChartView vitals = charts.clockChart("sleep-vitals-chart", "Heart rate and breathing rate during the night",
                "per minute", List.of(line("Heart rate (bpm)", Charts.VERMILION, h.vitals().get("hr")),
                        line("Breathing rate (/min)", Charts.BLUE, h.vitals().get("rr")).asDashed()), s.zone());
        // A night without snoring draws no flat line: the page says so instead.
        List<Hypnogram.Sample> snored = h.vitals().getOrDefault("snoring", List.of());
        // Withings gives a value a minute and no unit for it: the axis says so rather than invent one.
        ChartView snoring = charts.clockChart("snoring-chart", "Snoring during the night", "Withings' value, no unit",
                List.of(line("Snoring (a value a minute)", Charts.PURPLE,
                        snored.stream().anyMatch(x -> x.value() > 0) ? snored : List.of())), s.zone());
        String summary = (night.start() == null || night.end() == null ? ""
                : s.time(night.start()) + " \u2192 " + s.time(night.end()) + where + " \u00b7 ")
                + Durations.hoursMinutes(night.totalSleepSeconds()) + " asleep"
                + (night.score() == null ? "" : " \u00b7 score " + night.score())
                + (night.snoringSeconds() == null ? "" : " \u00b7 snoring " + s.number(night.snoringSeconds() / 60.0, 0)
                        + " min");
        String title = "Night from " + s.day(night.date().minusDays(1)) + " to " + s.day(night.date());
        // Withings sends no snoring figure for a night a watch recorded: "none recorded" would read "did not snore".
        boolean snoringMeasured = night.snoringSeconds() != null || !snored.isEmpty();
        return new SleepView.NightDetail(night.date().toString(), title, stages, vitals, snoring, snoringMeasured,
                summary);
    }

    /** The segments of the four stages a hypnogram shows (manual and unspecified ones are left out). */
    public static List<Hypnogram.Segment> drawable(Hypnogram h) {
        return h.segments().stream().filter(seg -> seg.state() >= 0 && seg.state() < ROW_OF_STATE.length).toList();
    }

    private static Charts.Line line(String name, String color, List<Hypnogram.Sample> samples) {
        List<Reading> readings = samples == null ? List.of()
                : samples.stream().map(x -> new Reading(x.time(), BigDecimal.valueOf(x.value()), "")).toList();
        return Charts.Line.of(name, color, readings);
    }
}
