package dev.pulseboard.dashboard;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.DailyData;

/** The Devices section, from the devices the sync keeps. (Sleep, Activity and ECG have their own builders.) */
@Component
class DailySections {

    private final DailyData daily;

    DailySections(DailyData daily) {
        this.daily = daily;
    }

    DevicesView devices(MemberId member, SettingsView settings) {
        return new DevicesView(daily.devices(member).stream().map(d -> new DevicesView.Device(d.type(),
                d.model() == null || d.model().isBlank() ? "Withings device" : d.model(), d.battery(),
                d.lastSessionAt() == null ? null : settings.dateTime(d.lastSessionAt()))).toList());
    }
}
