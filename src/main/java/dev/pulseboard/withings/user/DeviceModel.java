package dev.pulseboard.withings.user;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * A device model id ({@code modelid}/{@code model_id}, Withings' OAS tables; 13 Sleep Analyzer from client
 * libraries; 16 and 32 are the sleep-summary {@code model} kinds "activity tracker" and "sleep monitor").
 * A record of the raw code with named constants; unknown codes decode to {@code "unknown N"} (logged once).
 */
public record DeviceModel(int code) implements WithingsCode {

    private static final CodeTable<DeviceModel> TABLE =
            new CodeTable<>(DeviceModel.class, "device model", DeviceModel::new);

    public static final DeviceModel WITHINGS_WBS01 = TABLE.define(1, "withings_wbs01");
    public static final DeviceModel WS30 = TABLE.define(2, "ws30");
    public static final DeviceModel KID_SCALE = TABLE.define(3, "kid_scale");
    public static final DeviceModel SMART_BODY_ANALYZER = TABLE.define(4, "smart_body_analyzer");
    public static final DeviceModel BODY_PLUS = TABLE.define(5, "body_plus");
    public static final DeviceModel BODY_CARDIO = TABLE.define(6, "body_cardio");
    public static final DeviceModel BODY = TABLE.define(7, "body");
    public static final DeviceModel BODY_PRO = TABLE.define(9, "body_pro");
    public static final DeviceModel BODY_SCAN = TABLE.define(10, "body_scan");
    public static final DeviceModel WBS10 = TABLE.define(11, "wbs10");
    public static final DeviceModel WBS11 = TABLE.define(12, "wbs11");
    public static final DeviceModel SLEEP_ANALYZER = TABLE.define(13, "sleep_analyzer");
    public static final DeviceModel BODY_COMP = TABLE.define(18, "body_comp");
    public static final DeviceModel SMART_BABY_MONITOR = TABLE.define(21, "smart_baby_monitor");
    public static final DeviceModel WITHINGS_HOME = TABLE.define(22, "withings_home");
    public static final DeviceModel WITHINGS_BLOOD_PRESSURE_MONITOR_V1 =
            TABLE.define(41, "withings_blood_pressure_monitor_v1");
    public static final DeviceModel WITHINGS_BLOOD_PRESSURE_MONITOR_V2 =
            TABLE.define(42, "withings_blood_pressure_monitor_v2");
    public static final DeviceModel WITHINGS_BLOOD_PRESSURE_MONITOR_V3 =
            TABLE.define(43, "withings_blood_pressure_monitor_v3");
    public static final DeviceModel BPM_CORE = TABLE.define(44, "bpm_core");
    public static final DeviceModel BPM_CONNECT = TABLE.define(45, "bpm_connect");
    public static final DeviceModel BPM_CONNECT_PRO = TABLE.define(46, "bpm_connect_pro");
    public static final DeviceModel BPM_PRO_2 = TABLE.define(47, "bpm_pro_2");
    public static final DeviceModel BPM_VISION = TABLE.define(48, "bpm_vision");
    public static final DeviceModel PULSE = TABLE.define(51, "pulse");
    public static final DeviceModel ACTIVITE = TABLE.define(52, "activite");
    public static final DeviceModel ACTIVITE_POP_STEEL = TABLE.define(53, "activite_pop_steel");
    public static final DeviceModel WITHINGS_GO = TABLE.define(54, "withings_go");
    public static final DeviceModel ACTIVITE_STEEL_HR = TABLE.define(55, "activite_steel_hr");
    public static final DeviceModel PULSE_HR = TABLE.define(58, "pulse_hr");
    public static final DeviceModel ACTIVITE_STEEL_HR_SPORT_EDITION =
            TABLE.define(59, "activite_steel_hr_sport_edition");
    public static final DeviceModel AURA_DOCK = TABLE.define(60, "aura_dock");
    public static final DeviceModel AURA_SENSOR = TABLE.define(61, "aura_sensor");
    public static final DeviceModel AURA_DOCK_2 = TABLE.define(62, "aura_dock_2");
    public static final DeviceModel AURA_SENSOR_V2 = TABLE.define(63, "aura_sensor_v2");
    public static final DeviceModel THERMO = TABLE.define(70, "thermo");
    public static final DeviceModel BEAMO = TABLE.define(71, "beamo");
    public static final DeviceModel MOVE = TABLE.define(90, "move");
    public static final DeviceModel MOVE_ECG = TABLE.define(91, "move_ecg");
    public static final DeviceModel MOVE_ECG_2 = TABLE.define(92, "move_ecg_2");
    public static final DeviceModel SCANWATCH = TABLE.define(93, "scanwatch");
    public static final DeviceModel SCANWATCH_2 = TABLE.define(94, "scanwatch_2");
    public static final DeviceModel SCANWATCH_LIGHT = TABLE.define(95, "scanwatch_light");
    public static final DeviceModel WUP01 = TABLE.define(100, "wup01");
    public static final DeviceModel IOS_STEP_TRACKER = TABLE.define(1051, "ios_step_tracker");
    public static final DeviceModel IOS_STEP_TRACKER_2 = TABLE.define(1052, "ios_step_tracker_2");
    public static final DeviceModel ANDROID_STEP_TRACKER = TABLE.define(1053, "android_step_tracker");
    public static final DeviceModel ANDROID_STEP_TRACKER_2 = TABLE.define(1054, "android_step_tracker_2");
    public static final DeviceModel GOOGLEFIT_TRACKER = TABLE.define(1055, "googlefit_tracker");
    public static final DeviceModel SAMSUNG_HEALTH_TRACKER = TABLE.define(1056, "samsung_health_tracker");
    public static final DeviceModel HEALTHKIT_STEP_IPHONE_TRACKER = TABLE.define(1057, "healthkit_step_iphone_tracker");
    public static final DeviceModel HEALTHKIT_STEP_APPLE_WATCH_TRACKER =
            TABLE.define(1058, "healthkit_step_apple_watch_tracker");
    public static final DeviceModel HEALTHKIT_OTHER_STEP_TRACKER = TABLE.define(1059, "healthkit_other_step_tracker");
    public static final DeviceModel GOOGLE_HEALTH_CONNECT = TABLE.define(1060, "google_health_connect");
    public static final DeviceModel IGLUCOSE_GLUCOMETER = TABLE.define(1061, "iglucose_glucometer");
    public static final DeviceModel HUAWEI_TRACKER = TABLE.define(1062, "huawei_tracker");
    public static final DeviceModel LINGO_SENSOR = TABLE.define(1063, "lingo_sensor");

    public static DeviceModel fromCode(int code) {
        return TABLE.fromCode(code);
    }

    @Override
    public String toString() {
        return name();
    }
}
