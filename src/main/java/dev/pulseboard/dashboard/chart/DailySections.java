package dev.pulseboard.dashboard.chart;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.devices.DevicesView;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.daily.DailyData;

/** The Devices section, from the devices the sync keeps. (Sleep, Activity and ECG have their own builders.) */
@Component
public class DailySections {

    private final DailyData daily;

    DailySections(DailyData daily) {
        this.daily = daily;
    }

    public DevicesView devices(MemberId member, SettingsView settings) {
        return new DevicesView(daily.devices(member).stream().map(d -> new DevicesView.Device(d.type(),
                name(d.model(), d.modelId()), d.battery(),
                d.lastSessionAt() == null ? null : settings.dateTime(d.lastSessionAt()))).toList());
    }

    /** Withings sends an empty model for the Sleep Analyzer (model id 63); other unnamed devices stay generic. */
    static String name(String model, Integer modelId) {
        if (model != null && !model.isBlank()) {
            return model;
        }
        return Integer.valueOf(63).equals(modelId) ? "Sleep Analyzer" : "Withings device";
    }
}
