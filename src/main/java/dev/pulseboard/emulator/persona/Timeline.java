package dev.pulseboard.emulator.persona;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.MeasureGroup;

/**
 * When each item of a history is uploaded to "Withings", in time order, with the notification it causes: a measure
 * group at {@code created} (and again at {@code modified} when it is edited later), a night at {@code created}, a
 * finished activity day, a workout and an ECG at {@code modified}. Kept as parallel arrays (a five-year persona has
 * about 8,000 uploads) so that "what became visible between two instants" is a binary search.
 */
final class Timeline {

    /**
     * One upload's notification: appli, the period it covers (epoch seconds) and the device it came from (null for
     * an entry made by hand, or a day recorded by the phone's own app).
     */
    record Upload(long time, int appli, long start, long end, String deviceId) {

        static String of(Device device) {
            return device == null ? null : device.deviceId();
        }
    }

    private final long[] times;
    private final int[] applis;
    private final long[] starts;
    private final long[] ends;
    private final String[] devices;

    private Timeline(List<Upload> uploads) {
        int n = uploads.size();
        times = new long[n];
        applis = new int[n];
        starts = new long[n];
        ends = new long[n];
        devices = new String[n];
        for (int i = 0; i < n; i++) {
            Upload u = uploads.get(i);
            times[i] = u.time();
            applis[i] = u.appli();
            starts[i] = u.start();
            ends[i] = u.end();
            devices[i] = u.deviceId();
        }
    }

    static Timeline of(History history, ZoneId zone) {
        List<Upload> uploads = new ArrayList<>();
        for (MeasureGroup g : history.groups()) {
            int appli = g.measures().isEmpty() ? 1 : Readings.appli(g.measures().get(0).type());
            String device = Upload.of(g.device());
            uploads.add(new Upload(g.created(), appli, g.date(), g.date() + 1, device));
            if (g.modified() > g.created()) {
                uploads.add(new Upload(g.modified(), appli, g.date(), g.date() + 1, device));
            }
        }
        history.nights().forEach(n -> uploads.add(new Upload(n.created(), 44, n.start(), n.end(),
                Upload.of(n.device()))));
        history.days().forEach(d -> {
            long midnight = d.date().atStartOfDay(zone).toEpochSecond();
            uploads.add(new Upload(d.modified(), 16, midnight, midnight + 86_400, Upload.of(d.device())));
        });
        history.workouts().forEach(w -> uploads.add(new Upload(w.modified(), 16, w.start(), w.end(),
                Upload.of(w.device()))));
        history.ecgs().forEach(e -> uploads.add(new Upload(e.modified(), 54, e.timestamp(),
                e.timestamp() + e.seconds(), Upload.of(e.device()))));
        uploads.sort(Comparator.comparingLong(Upload::time));
        return new Timeline(uploads);
    }

    /** How many uploads happened at or before {@code time}: changes exactly when the visible data does. */
    int countUpTo(long time) {
        int i = Arrays.binarySearch(times, time);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < times.length && times[i + 1] == time) {
            i++;
        }
        return i + 1;
    }

    /** The uploads after {@code after} up to and including {@code upTo}, oldest first. */
    List<Upload> between(long after, long upTo) {
        List<Upload> found = new ArrayList<>();
        for (int i = countUpTo(after); i < times.length && times[i] <= upTo; i++) {
            found.add(new Upload(times[i], applis[i], starts[i], ends[i], devices[i]));
        }
        return found;
    }
}
