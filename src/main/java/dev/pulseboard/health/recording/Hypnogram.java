package dev.pulseboard.health.recording;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A night's sleep stages (Withings sleep states: 0 awake, 1 light, 2 deep, 3 REM, 4 manual, 5 unspecified) and the
 * vitals measured during it: per field ({@code hr}, {@code rr}, {@code snoring}, ...) a series of instants and
 * values.
 */
public record Hypnogram(long nightId, List<Segment> segments, Map<String, List<Sample>> vitals) {

    /** One stretch of one sleep state. */
    public record Segment(Instant start, Instant end, int state) {
    }

    /** One vital sign value. */
    public record Sample(Instant time, int value) {
    }
}
