package dev.pulseboard.withings.measure;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.pulseboard.withings.transport.Page;

/**
 * One getmeas page. Pass {@code offset} to the next call while {@code more} is true.
 *
 * @param updateTime Withings' server time of the answer (a good next {@code lastupdate}), or null
 * @param timezone the user's current profile time zone (for the whole answer), or null
 */
public record MeasurePage(List<MeasureGroup> groups, boolean more, int offset, Instant updateTime, ZoneId timezone)
        implements Page<MeasureGroup> {

    public MeasurePage {
        groups = List.copyOf(groups);
    }

    @Override
    public List<MeasureGroup> items() {
        return groups;
    }
}
