package dev.pulseboard.export.fhir;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import dev.pulseboard.account.Member;
import dev.pulseboard.export.ExportRange;
import dev.pulseboard.export.MeasureGroups;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.DeviceInfo;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's data as FHIR R4, written while it is read: one Patient (the name, and the date of birth if entered), one Device per Withings
 * device, then the Observations (measurements with their body-part values, nights, activity days, workouts, ECGs)
 * of the window. As a {@code collection}
 * Bundle for a download, or as bulk-data NDJSON (a ZIP of one file per resource type) for a whole history.
 * The caller checks access first.
 */
@Service
public class FhirExport {

    private final JsonMapper mapper;
    private final Measurements measurements;
    private final DailyData daily;
    private final Recordings recordings;
    private final ActivityDetail activity;
    private final Clock clock;

    FhirExport(JsonMapper mapper, Measurements measurements, DailyData daily, Recordings recordings,
            ActivityDetail activity, Clock clock) {
        this.mapper = mapper;
        this.measurements = measurements;
        this.daily = daily;
        this.recordings = recordings;
        this.activity = activity;
        this.clock = clock;
    }

    /** Writes a collection Bundle to {@code out} (left open); returns how many resources it holds. */
    public int bundle(Member member, ExportRange range, OutputStream out) {
        Instant now = clock.instant();
        String id = FhirJson.id(member.id().value(), "bundle/" + now.toEpochMilli());
        return write(member, range, new BundleSink(mapper, out, id, now));
    }

    /** Writes a ZIP of {@code Patient.ndjson}, {@code Device.ndjson}, {@code Observation.ndjson} to {@code out}. */
    public int ndjson(Member member, ExportRange range, OutputStream out) {
        return write(member, range, new NdjsonSink(mapper, out));
    }

    private int write(Member member, ExportRange range, FhirSink sink) {
        long memberId = member.id().value();
        Instant from = range.from();
        Instant to = range.to();
        String patientId = FhirJson.id(memberId, "patient");
        sink.resource("Patient", patientId, json -> {
            // The same in every export of this member, so that a record system that has matched one to its patient
            // recognises the next.
            FhirJson.identifier(json, "member", Long.toString(memberId));
            json.writeArrayPropertyStart("name");
            json.writeStartObject();
            json.writeStringProperty("text", member.name());
            json.writeEndObject();
            json.writeEndArray();
            if (member.birthDate() != null) {
                json.writeStringProperty("birthDate", member.birthDate().toString());
            }
        });
        String patient = sink.reference("Patient", patientId);
        Map<String, String> devices = new LinkedHashMap<>();
        for (DeviceInfo device : daily.devices(member.id())) {
            String deviceId = FhirJson.id(memberId, "device/" + device.deviceId());
            devices.put(device.deviceId(), sink.reference("Device", deviceId));
            sink.resource("Device", deviceId, json -> {
                FhirJson.identifier(json, "withings-device", device.deviceId());
                json.writeArrayPropertyStart("deviceName");
                json.writeStartObject();
                json.writeStringProperty("name", device.model() == null || device.model().isBlank()
                        ? device.type() : device.model());
                json.writeStringProperty("type", "model-name");
                json.writeEndObject();
                json.writeEndArray();
                if (device.type() != null) {
                    json.writeObjectPropertyStart("type");
                    json.writeStringProperty("text", device.type());
                    json.writeEndObject();
                }
                FhirJson.reference(json, "patient", patient, null);
            });
        }
        Subject subject = new Subject(memberId, patient, devices);
        int count = 1 + devices.size();
        MeasurementObservations body = new MeasurementObservations(sink, subject);
        MeasureGroups groups = new MeasureGroups(body);
        measurements.forEachRecordWithSegments(member.id(), from, to, groups);
        groups.finish();
        count += body.written();
        DailyObservations days = new DailyObservations(sink, subject);
        LocalDate firstDay = range.firstDay();
        LocalDate lastDay = range.lastDay();
        for (var night : daily.nights(member.id(), firstDay, lastDay)) {
            count += days.night(night) ? 1 : 0;
        }
        for (var day : daily.activity(member.id(), firstDay, lastDay)) {
            count += days.day(day);
        }
        WorkoutObservations workouts = new WorkoutObservations(sink, subject);
        for (WorkoutSession workout : activity.workouts(member.id(), from, to)) {
            workouts.write(workout);
            count++;
        }
        EcgObservations ecgs = new EcgObservations(sink, subject, range.zone());
        for (EcgStrip listed : recordings.ecgs(member.id(), from, to)) {
            ecgs.write(recordings.ecg(member.id(), listed.signalId()).orElse(listed));
            count++;
        }
        sink.finish();
        return count;
    }
}
