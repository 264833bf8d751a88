package dev.pulseboard.dashboard;

import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.MeasurementType;
import dev.pulseboard.health.Measurements;
import dev.pulseboard.health.Reading;

/** Chart data for pages: series as JSON arrays of {@code [epoch millis, value]} that the page script draws. */
@Component
class Charts {

    private final Measurements measurements;
    private final JsonMapper json;

    Charts(Measurements measurements, JsonMapper json) {
        this.measurements = measurements;
        this.json = json;
    }

    BodyChartView body(MemberId member) {
        List<Reading> weight = measurements.series(member, MeasurementType.WEIGHT, null, null);
        List<Reading> fat = measurements.series(member, MeasurementType.FAT_RATIO, null, null);
        return new BodyChartView(toJson(weight), toJson(fat), weight.size(), fat.size());
    }

    private String toJson(List<Reading> readings) {
        Object[][] points = new Object[readings.size()][];
        for (int i = 0; i < points.length; i++) {
            Reading r = readings.get(i);
            points[i] = new Object[] { r.time().toEpochMilli(), r.value() };
        }
        return json.writeValueAsString(points);
    }
}
