package dev.pulseboard.dashboard.devices;

import java.util.List;

/** The Devices section: the member's Withings devices, their battery and when they last synced. */
public record DevicesView(List<Device> devices) {

    public boolean hasData() {
        return !devices.isEmpty();
    }

    /** A device as the table shows it. */
    public record Device(String type, String model, String battery, String lastSeen) {
    }
}
