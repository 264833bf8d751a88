package dev.pulseboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.pulseboard.health.measure.MeasurementRecord;

/**
 * Regroups the stream of measurements (a group's values arrive together) into whole Withings measure groups, one
 * at a time, so that exports can write a blood-pressure panel or a weigh-in row without holding the history.
 */
public final class MeasureGroups implements Consumer<MeasurementRecord> {

    private final Consumer<List<MeasurementRecord>> onGroup;
    private final List<MeasurementRecord> group = new ArrayList<>();

    /**
     * The kind of id a reading's group has, for the identifiers of exports: {@code withings-measure} for Withings' own
     * group ids, {@code withings-archive} for the ids an archive import makes (negative, never Withings'), so that an
     * export does not pass an invented id off as Withings'.
     */
    public static String idKind(long groupId) {
        return groupId < 0 ? "withings-archive" : "withings-measure";
    }

    public MeasureGroups(Consumer<List<MeasurementRecord>> onGroup) {
        this.onGroup = onGroup;
    }

    @Override
    public void accept(MeasurementRecord record) {
        if (!group.isEmpty() && group.get(0).groupId() != record.groupId()) {
            flush();
        }
        group.add(record);
    }

    /** Hands over the last group. */
    public void finish() {
        flush();
    }

    private void flush() {
        if (!group.isEmpty()) {
            onGroup.accept(List.copyOf(group));
            group.clear();
        }
    }
}
