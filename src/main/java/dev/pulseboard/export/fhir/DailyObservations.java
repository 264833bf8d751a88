package dev.pulseboard.export.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.pulseboard.export.ExportRange;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.SleepNight;
import tools.jackson.core.JsonGenerator;

/**
 * Nights and activity days as Observations: a night is its sleep duration with the stages, awake time and sleep
 * score as components over the night's period; a day gives its steps and its active calories, dated by the
 * member's local day. Identified by Withings' night id and by the local date.
 */
final class DailyObservations {

    private final FhirSink sink;
    private final Subject subject;

    DailyObservations(FhirSink sink, Subject subject) {
        this.sink = sink;
        this.subject = subject;
    }

    boolean night(SleepNight night) {
        if (night.totalSleepSeconds() == null || night.start() == null || night.end() == null) {
            return false;
        }
        sink.resource("Observation", FhirJson.id(subject.memberId(), "sleep/" + night.withingsId()), json -> {
            FhirJson.observationHead(json, FhirCode.SLEEP);
            FhirJson.identifier(json, "withings-sleep", Long.toString(night.withingsId()));
            subject.write(json);
            json.writeObjectPropertyStart("effectivePeriod");
            json.writeStringProperty("start", FhirJson.dateTime(night.start(), night.timezone()));
            json.writeStringProperty("end", FhirJson.dateTime(night.end(), night.timezone()));
            json.writeEndObject();
            FhirJson.quantity(json, "valueQuantity", FhirJson.hours(night.totalSleepSeconds()), FhirCode.SLEEP);
            json.writeArrayPropertyStart("component");
            duration(json, FhirCode.DEEP, night.deepSeconds());
            duration(json, FhirCode.LIGHT, night.lightSeconds());
            duration(json, FhirCode.REM, night.remSeconds());
            duration(json, FhirCode.AWAKE, night.awakeSeconds());
            if (night.score() != null) {
                FhirJson.component(json, FhirCode.SLEEP_SCORE, BigDecimal.valueOf(night.score()));
            }
            json.writeEndArray();
        });
        return true;
    }

    int day(ActivityDay day) {
        int written = 0;
        if (day.steps() != null) {
            daily(day, "steps", FhirCode.STEPS, BigDecimal.valueOf(day.steps()));
            written++;
        }
        if (day.activeCalories() != null) {
            daily(day, "active-calories", FhirCode.ACTIVE_CALORIES, day.activeCalories());
            written++;
        }
        return written;
    }

    /** One figure of a day; its source (the watch's model, or another app's name) as the device's display. */
    private void daily(ActivityDay day, String what, FhirCode code, BigDecimal value) {
        LocalDate date = day.date();
        String zone = day.timezone();
        String key = date + "/" + what;
        sink.resource("Observation", FhirJson.id(subject.memberId(), "activity/" + key), json -> {
            FhirJson.observationHead(json, code);
            FhirJson.identifier(json, "withings-activity", key);
            subject.write(json);
            json.writeObjectPropertyStart("effectivePeriod");
            json.writeStringProperty("start", FhirJson.dateTime(date.atStartOfDay(ExportRange.zone(zone))
                    .toInstant(), zone));
            json.writeStringProperty("end", FhirJson.dateTime(date.plusDays(1).atStartOfDay(ExportRange.zone(zone))
                    .toInstant(), zone));
            json.writeEndObject();
            subject.device(json, null, day.source());
            FhirJson.quantity(json, "valueQuantity", value, code);
        });
    }

    private static void duration(JsonGenerator json, FhirCode code, Integer seconds) {
        if (seconds != null) {
            FhirJson.component(json, code, FhirJson.hours(seconds));
        }
    }
}
