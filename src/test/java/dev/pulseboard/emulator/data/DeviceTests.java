package dev.pulseboard.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class DeviceTests {

    private static final long DAY = 86_400;
    private static final long START = 1_780_000_000L;

    private static Map<String, Long> batteryOverAYear(Device device) {
        return LongStream.range(0, 360).mapToObj(d -> device.battery(START + d * DAY))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void aCuffsBatteriesRunDownToLowAndAreChanged() {
        Device cuff = Device.of("alex/bpm", "Blood Pressure Monitor", "BPM Core", Device.BPM_CORE);

        Map<String, Long> days = batteryOverAYear(cuff);

        assertThat(days).containsOnlyKeys("high", "medium", "low");
        assertThat(days.get("low")).isEqualTo(42L);
        assertThat(days.get("high")).isEqualTo(240L);
        assertThat(cuff.battery(START)).as("one word a day").isEqualTo(cuff.battery(START + 3600));
    }

    @Test
    void theOtherDevicesSayWhatTheyAlwaysSaid() {
        assertThat(batteryOverAYear(Device.of("a", "Sleep Monitor", "", Device.SLEEP_ANALYZER))).containsOnlyKeys(
                "unknown");
        assertThat(batteryOverAYear(Device.of("a", "Activity Tracker", "ScanWatch", Device.SCANWATCH)))
                .containsOnlyKeys("medium");
        assertThat(batteryOverAYear(Device.of("a", "Scale", "Body Scan", Device.BODY_SCAN))).containsOnlyKeys("high");
    }

    @Test
    void onlyAPartnerGetsTheAdvancedFields() {
        Device scale = Device.of("alex/scan", "Scale", "Body Scan", Device.BODY_SCAN);

        Map<String, Object> partner = scale.toJson("Europe/Paris", 1L, 2L, START, true);
        Map<String, Object> usual = scale.toJson("Europe/Paris", 1L, 2L, START, false);

        assertThat(partner).containsKeys("mac_address", "fw", "network", "last_used_network", "sim_status");
        assertThat((String) partner.get("mac_address")).matches("00:24:e4(:[0-9a-f]{2}){3}");
        assertThat(partner.get("network")).isEqualTo("wifi");
        assertThat(usual).doesNotContainKeys("mac_address", "fw", "network", "last_used_network", "sim_status");
        assertThat(List.copyOf(partner.keySet()).subList(0, usual.size())).isEqualTo(List.copyOf(usual.keySet()));
    }
}
