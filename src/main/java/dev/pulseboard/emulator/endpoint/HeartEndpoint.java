package dev.pulseboard.emulator.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.data.Ecg;
import dev.pulseboard.emulator.generator.EcgSignal;
import dev.pulseboard.emulator.protocol.Envelope;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/** {@code /v2/heart}: list (ECG recordings oldest first, paged, {@code more} a bool) and get (the signal). */
@RestController
@WithingsEndpoint
class HeartEndpoint {

    private final DataCall calls;
    private final EmulatorProperties properties;

    HeartEndpoint(DataCall calls, EmulatorProperties properties) {
        this.calls = calls;
        this.properties = properties;
    }

    @RequestMapping(path = "/v2/heart", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> heart(HttpServletRequest http) {
        DataCall.Context call = calls.open(http, Set.of("list", "get"), MeasureEndpoint.SCOPE);
        return Envelope.ok(call.action().equals("get") ? signal(call) : list(call, http));
    }

    private Map<String, Object> list(DataCall.Context call, HttpServletRequest http) {
        WithingsRequest request = call.request();
        Long start = request.optionalLong("startdate");
        Long end = request.optionalLong("enddate");
        List<Ecg> matching = call.user().ecgs().stream()
                .filter(e -> (start == null || e.timestamp() >= start) && (end == null || e.timestamp() <= end))
                .toList();
        return Paging.page("series", matching, HeartEndpoint::item, properties.pageSize(), http);
    }

    private static Map<String, Object> item(Ecg e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deviceid", e.device().deviceId());
        json.put("model", e.device().modelId());
        json.put("ecg", Map.of("signalid", e.signalId(), "afib", e.afib()));
        if (e.systole() != null) {
            json.put("bloodpressure", Map.of("diastole", e.diastole(), "systole", e.systole()));
        }
        json.put("heart_rate", e.heartRate());
        json.put("timestamp", e.timestamp());
        json.put("modified", e.modified());
        return json;
    }

    private Map<String, Object> signal(DataCall.Context call) {
        long signalId = call.request().requiredLong("signalid");
        Ecg ecg = call.user().ecgs().stream().filter(e -> e.signalId() == signalId).findFirst()
                .orElseThrow(() -> WithingsException.invalidParams("unknown signalid"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signal", EcgSignal.of(ecg));
        body.put("sampling_frequency", ecg.samplingFrequency());
        body.put("wearposition", ecg.wearPosition());
        body.put("heart_rate", ecg.heartRate());
        body.put("model", ecg.device().modelId());
        return body;
    }
}
