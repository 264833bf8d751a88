package dev.pulseboard.emulator.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measure group as getmeas returns it. {@code device} is null for manual entries (deviceid, hash_deviceid,
 * modelid and model are then null, as Withings sends them).
 */
public record MeasureGroup(long grpid, int attrib, long date, long created, long modified, int category, Device device,
        List<Measure> measures) {

    public static final int ATTRIB_DEVICE = 0;
    public static final int ATTRIB_AMBIGUOUS = 1;
    public static final int ATTRIB_MANUAL = 2;
    public static final int ATTRIB_CREATION = 4;
    /** A blood-pressure monitor's "auto" mode: the best of several readings. */
    public static final int ATTRIB_BPM_AUTO = 5;
    /** Confirmed by the user (a reading the scale could not attribute alone). */
    public static final int ATTRIB_CONFIRMED = 7;
    public static final int ATTRIB_SAME_AS_DEVICE = 8;
    /** Taken in guided conditions (Withings' spec: nerve health). */
    public static final int ATTRIB_GUIDED = 15;
    /** Seen in real data on guided assessments; client libraries map it to {@link #ATTRIB_GUIDED}. */
    public static final int ATTRIB_GUIDED_17 = 17;
    public static final int REAL = 1;
    public static final int GOAL = 2;

    public boolean hasType(int type) {
        return measures.stream().anyMatch(m -> m.type() == type);
    }

    public MeasureGroup withAttrib(int newAttrib) {
        return new MeasureGroup(grpid, newAttrib, date, created, modified, category, device, measures);
    }

    /** The group edited at {@code now}: these measures, the same grpid, date and device. */
    public MeasureGroup withMeasures(List<Measure> edited, long now) {
        return new MeasureGroup(grpid, attrib, date, created, now, category, device, List.copyOf(edited));
    }

    /** The group as it was before a later edit: {@code modified} back to an earlier instant. */
    public MeasureGroup withModified(long earlier) {
        return new MeasureGroup(grpid, attrib, date, created, earlier, category, device, measures);
    }

    /**
     * The group as getmeas sends it. With {@code intDeviceId}, {@code deviceid} is a number (the other shape
     * withings-api.md §4.1 and §9.8 document: "one Withings doc example has an int deviceid"), else the 40-hex string.
     * Every other ambiguous group carries a {@code probability} (§4.1: "sometimes"; its type is undocumented, here the
     * share 0-1 that the reading is the user's).
     */
    public Map<String, Object> toJson(List<Measure> shown, boolean intDeviceId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("grpid", grpid);
        json.put("attrib", attrib);
        json.put("date", date);
        json.put("created", created);
        json.put("modified", modified);
        json.put("category", category);
        json.put("deviceid", device == null ? null : intDeviceId ? device.numericId() : device.deviceId());
        json.put("hash_deviceid", device == null ? null : device.hashDeviceId());
        json.put("modelid", device == null ? null : device.modelId());
        json.put("model", device == null ? null : device.model());
        json.put("comment", null);
        if (attrib == ATTRIB_AMBIGUOUS && grpid % 2 == 0) {
            json.put("probability", (20 + grpid % 60) / 100.0);
        }
        json.put("measures", shown.stream().map(Measure::toJson).toList());
        return json;
    }
}
