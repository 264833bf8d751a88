package dev.pulseboard.withings.heart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.ClientTestSupport;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.user.Device;
import dev.pulseboard.withings.user.DeviceModel;
import dev.pulseboard.withings.user.Goals;

class WithingsHeartAndUserIntegrationTests extends ClientTestSupport {

    @Test
    void listsEcgRecordingsWithAfibAndBloodPressure() {
        withings.reply("/v2/heart", "list", "heart_list.json");

        List<EcgRecording> recordings = client.allEcgRecordings(tokens, TimeWindow.of(Instant.ofEpochSecond(1000),
                Instant.ofEpochSecond(1772300000)), Priority.NOTIFICATION);

        assertThat(withings.onlyRequest().path()).isEqualTo("/v2/heart");
        assertThat(withings.onlyRequest().form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "list",
                "startdate", "1000", "enddate", "1772300000"));
        EcgRecording core = recordings.get(0);
        assertThat(core.signalId()).isEqualTo(12345678L);
        assertThat(core.model()).isEqualTo(44);
        assertThat(core.afib()).isZero();
        assertThat(core.diastole()).isEqualTo(79);
        assertThat(core.systole()).isEqualTo(121);
        assertThat(core.heartRate()).isEqualTo(64);
        assertThat(core.timestamp()).isEqualTo(Instant.ofEpochSecond(1772280000));
        EcgRecording watch = recordings.get(1);
        assertThat(watch.afib()).isEqualTo(2);
        assertThat(watch.diastole()).isNull();
    }

    @Test
    void fetchesOneEcgSignal() {
        withings.reply("/v2/heart", "get", "heart_get.json");

        EcgSignal signal = client.ecgSignal(tokens, 12345678L, Priority.INTERACTIVE);

        assertThat(withings.onlyRequest().form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "get",
                "signalid", "12345678"));
        assertThat(signal.signal()).containsExactly(-12, 0, 35, 120, 410, 88, -40, -15, 3);
        assertThat(signal.samplingFrequency()).isEqualTo(500);
        assertThat(signal.wearPosition()).isEqualTo(2);
        assertThat(signal.heartRate()).isEqualTo(64);
        assertThat(signal.model()).isEqualTo(44);
    }

    @Test
    void listsDevicesIncludingOnesWithoutAModelName() {
        withings.reply("/v2/user", "getdevice", "getdevice.json");

        List<Device> devices = client.devices(tokens, Priority.INTERACTIVE);

        assertThat(withings.onlyRequest().path()).isEqualTo("/v2/user");
        assertThat(withings.onlyRequest().form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "getdevice"));
        Device scale = devices.get(0);
        assertThat(scale.type()).isEqualTo("Scale");
        assertThat(scale.model()).isEqualTo("Body+");
        assertThat(scale.deviceModel()).isEqualTo(DeviceModel.BODY_PLUS);
        assertThat(scale.battery()).isEqualTo("high");
        assertThat(scale.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(scale.firstSessionDate()).isEqualTo(Instant.ofEpochSecond(1600000000));
        Device analyzer = devices.get(1);
        assertThat(analyzer.model()).isEmpty();
        assertThat(analyzer.deviceModel()).isEqualTo(DeviceModel.SLEEP_ANALYZER);
        assertThat(analyzer.firstSessionDate()).isNull();
    }

    @Test
    void readsGoalsAndTheEmptyArrayForNoGoals() {
        withings.reply("/v2/user", "getgoals", "getgoals.json").reply("/v2/user", "getgoals", "getgoals_empty.json");

        Goals goals = client.goals(tokens, Priority.INTERACTIVE);
        Goals none = client.goals(tokens, Priority.INTERACTIVE);

        assertThat(goals.steps()).isEqualTo(10000);
        assertThat(goals.sleepSeconds()).isEqualTo(28800);
        assertThat(goals.weight()).isEqualByComparingTo("70.5");
        assertThat(none).isEqualTo(new Goals(null, null, null));
    }
}
