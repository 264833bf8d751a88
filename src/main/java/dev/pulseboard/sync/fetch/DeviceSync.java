package dev.pulseboard.sync.fetch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.DeviceInfo;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;

/** The member's devices (user getdevice): one call, the current list, kept up to date. */
@Component
@Order(1)
class DeviceSync implements DataSync {

    private final WithingsClient client;
    private final DailyData store;
    private final StoreStep step;

    DeviceSync(WithingsClient client, DailyData store, StoreStep step) {
        this.client = client;
        this.store = store;
        this.step = step;
    }

    @Override
    public String dataType() {
        return "devices";
    }

    @Override
    public int run(MemberId member, AccessTokens tokens, Priority priority) {
        var devices = client.devices(tokens, priority).stream()
                .filter(d -> d.deviceId() != null || d.hashDeviceId() != null)
                .map(d -> new DeviceInfo(d.deviceId() != null ? d.deviceId() : d.hashDeviceId(), d.type(), d.model(),
                        d.modelId(), d.battery(), d.firstSessionDate(), d.lastSessionDate()))
                .toList();
        step.underLock(member, () -> {
            store.storeDevices(member, devices);
            step.status().progress(member, 1, devices.size());
        });
        return devices.size();
    }
}
