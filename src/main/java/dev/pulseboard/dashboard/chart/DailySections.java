package dev.pulseboard.dashboard.chart;

import java.util.Set;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.devices.DevicesView;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.daily.DailyData;

/** The Devices section, from the devices the sync keeps. (Sleep, Activity and ECG have their own builders.) */
@Component
public class DailySections {

    /** Withings' model ids of the Sleep Analyzer (the dashboard does not use the withings module's tables). */
    private static final Set<Integer> SLEEP_ANALYZER_IDS = Set.of(13, 63);

    private final DailyData daily;

    DailySections(DailyData daily) {
        this.daily = daily;
    }

    public DevicesView devices(MemberId member, SettingsView settings) {
        return new DevicesView(daily.devices(member).stream().map(d -> new DevicesView.Device(d.type(),
                name(d.model(), d.modelId()), d.battery(),
                d.lastSessionAt() == null ? null : settings.dateTime(d.lastSessionAt()))).toList());
    }

    /**
     * Withings sends an empty model for the Sleep Analyzer: getdevice gives it model id 13 (captured device.json),
     * its nights the id of its sensor, 63 (Aura Sensor V2). Other unnamed devices stay generic.
     */
    static String name(String model, Integer modelId) {
        if (model != null && !model.isBlank()) {
            return model;
        }
        return modelId != null && SLEEP_ANALYZER_IDS.contains(modelId) ? "Sleep Analyzer" : "Withings device";
    }
}
