package dev.pulseboard.emulator.data;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.pulseboard.emulator.oauth.Hex;

/**
 * A Withings device of a persona.
 *
 * @param type    Withings' device type ("Scale", "Blood Pressure Monitor", "Sleep Monitor", "Activity Tracker")
 * @param model   the model name; "" for the Sleep Analyzer, as Withings sends it
 * @param modelId Withings' model id in getdevice (13 for the Sleep Analyzer; its nights carry its sensor's
 *                {@link #AURA_SENSOR_V2} instead)
 */
public record Device(String deviceId, String hashDeviceId, String type, String model, int modelId) {

    public static final int BODY_PLUS = 5;
    public static final int BODY_SCAN = 10;
    public static final int BPM_CORE = 44;
    /** The Sleep Analyzer in getdevice: {@code "type":"Sleep Monitor","model":"","model_id":13} (AIO device.json). */
    public static final int SLEEP_ANALYZER = 13;
    /** The Sleep Analyzer's sensor, the model id of its nights in sleep get ("Aura Sensor V2") and getsummary. */
    public static final int AURA_SENSOR_V2 = 63;
    public static final int SCANWATCH = 93;
    /** Activity another app sent Withings (Google Fit): brand 18, no device id (AIO activity.json). */
    public static final int GOOGLE_FIT = 1055;
    /** Google Fit as a source of activity days and workouts: not a device, so not in getdevice. */
    public static final Device GOOGLE_FIT_SOURCE = new Device(null, null, "External", "GoogleFit tracker", GOOGLE_FIT);

    public static Device of(String seed, String type, String model, int modelId) {
        return new Device(Hex.of(seed + "/id"), Hex.of(seed + "/hash"), type, model, modelId);
    }

    /** The device id as a number (for answers that send it as an int): the first 28 bits of the hex id. */
    public Long numericId() {
        return deviceId == null ? null : Long.parseLong(deviceId.substring(0, 7), 16);
    }

    /** Another app's data sent to Withings rather than a device's: no device id, brand 18, not a tracker. */
    public boolean external() {
        return deviceId == null;
    }

    /** The same model for another owner: its own device id and hash (an external source stays one). */
    public Device cloneFor(String owner) {
        if (external()) {
            return this;
        }
        return new Device(Hex.of(owner + "/" + deviceId), Hex.of(owner + "/" + hashDeviceId), type, model, modelId);
    }

    /** Days a blood-pressure monitor's batteries last: "high" most of the time, "medium", then "low" until changed. */
    static final int CUFF_BATTERY_DAYS = 180;

    /**
     * Withings' word for the battery on the given day: "high", "medium", "low", or "unknown" (withings-api.md §4.8);
     * the Sleep Analyzer, on mains power, says "unknown" (captured device.json); a watch runs down between charges;
     * a blood-pressure monitor's batteries run down over {@value #CUFF_BATTERY_DAYS} days (each cuff at its own
     * point), saying "low" in their last three weeks.
     */
    public String battery(long epochSecond) {
        if (modelId == BPM_CORE) {
            long phase = Math.floorMod(epochSecond / 86_400 + (long) hashDeviceId.hashCode(), CUFF_BATTERY_DAYS);
            return phase < 120 ? "high" : phase < CUFF_BATTERY_DAYS - 21 ? "medium" : "low";
        }
        return modelId == SLEEP_ANALYZER ? "unknown" : modelId == SCANWATCH ? "medium" : "high";
    }

    /**
     * The {@code getdevice} shape at the given time; a contract partner's app ({@code partner}) also gets the fields
     * withings-api.md §4.8 says "advanced partners" get: {@code mac_address}, {@code fw}, {@code network},
     * {@code last_used_network} and {@code sim_status} (their types are undocumented: a MAC with Withings' prefix, a
     * firmware number, the link's name, and null for a device without a SIM).
     */
    public Map<String, Object> toJson(String timezone, Long firstSession, Long lastSession, long now,
            boolean partner) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("model", model);
        json.put("model_id", modelId);
        json.put("battery", battery(now));
        json.put("deviceid", deviceId);
        json.put("hash_deviceid", hashDeviceId);
        json.put("timezone", timezone);
        json.put("first_session_date", firstSession);
        json.put("last_session_date", lastSession);
        if (partner) {
            String network = modelId == SCANWATCH ? "bluetooth" : "wifi";
            json.put("mac_address", "00:24:e4:" + hashDeviceId.substring(0, 2) + ":" + hashDeviceId.substring(2, 4)
                    + ":" + hashDeviceId.substring(4, 6));
            json.put("fw", 1000 + Integer.parseInt(hashDeviceId.substring(6, 9), 16) % 4000);
            json.put("network", network);
            json.put("last_used_network", network);
            json.put("sim_status", null);
        }
        return json;
    }
}
