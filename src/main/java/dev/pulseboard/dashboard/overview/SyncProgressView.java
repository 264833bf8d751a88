package dev.pulseboard.dashboard.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.pulseboard.sync.SyncStatus;

/**
 * A sync run per data type, for progress bars: each type waiting, fetching (pages and readings so far; Withings
 * does not say how many pages a history has, so its bar moves without a total) or done; and the whole run as the
 * share of data types done.
 */
public record SyncProgressView(List<DataType> dataTypes) {

    /** The data types a full run syncs, in the order it syncs them, with the names pages use. */
    static final Map<String, String> LABELS = labels();

    public static SyncProgressView of(SyncStatus status) {
        Map<String, SyncStatus.DataTypeProgress> byType = status.progress() == null ? Map.of()
                : status.progress().dataTypes();
        List<DataType> rows = new ArrayList<>();
        LABELS.forEach((key, label) -> rows.add(row(key, label, byType.get(key))));
        byType.forEach((key, p) -> {
            if (!LABELS.containsKey(key)) {
                rows.add(row(key, key, p));
            }
        });
        return new SyncProgressView(rows);
    }

    private static DataType row(String key, String label, SyncStatus.DataTypeProgress p) {
        return p == null ? new DataType(key, label, 0, 0, false)
                : new DataType(key, label, p.pagesFetched(), p.itemsStored(), p.finished());
    }

    public long done() {
        return dataTypes.stream().filter(DataType::finished).count();
    }

    /** "2 of 5 data types done". */
    public String summary() {
        return done() + " of " + dataTypes.size() + " data types done";
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("measures", "Body and heart measurements");
        labels.put("sleep", "Nights");
        labels.put("activity", "Daily activity");
        labels.put("workouts", "Workouts");
        labels.put("ecg", "ECG recordings");
        return labels;
    }

    /** One data type of the run. */
    public record DataType(String key, String label, int pages, long items, boolean finished) {

        /** "done", "waiting", or "fetching" with what came so far. */
        public String state() {
            if (finished) {
                return "done";
            }
            return pages == 0 && items == 0 ? "waiting" : "fetching";
        }

        public String detail() {
            return String.format(Locale.ENGLISH, "%,d %s in %,d %s", items, items == 1 ? "item" : "items",
                    pages, pages == 1 ? "page" : "pages");
        }
    }
}
