package dev.pulseboard.emulator.admin;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.Emulator;

/** {@code {base}/_admin}: personas, generated users, clients, data uploads and reset, as JSON. */
@RestController
@RequestMapping("/_admin")
class AdminController {

    /** {@code POST _admin/readings}: a measure type, a decimal value and a time in epoch seconds. */
    record NewReading(String userId, Integer type, BigDecimal value, Long time) {
    }

    /** {@code POST _admin/clients}: an app, its redirect URIs and whether it is a contract partner (false). */
    /** New values by measure type, and the types to remove: an edit of a group. */
    record ReadingEdit(String userId, Map<Integer, BigDecimal> values, List<Integer> removed) {
    }

    record NewClient(String clientId, String clientSecret, List<String> redirectUris, Boolean partner) {
    }

    /** {@code POST _admin/sleep}: a night from {@code start} (epoch s) with about {@code hours} asleep (7.5). */
    record NewNight(String userId, Long start, Double hours) {
    }

    /** {@code POST _admin/activity}: a local day's activity from its steps. */
    record NewDay(String userId, LocalDate date, Integer steps) {
    }

    /** {@code POST _admin/workouts}: a Withings workout category between two instants (epoch s). */
    record NewWorkout(String userId, Integer category, Long start, Long end) {
    }

    /** {@code POST _admin/ecgs}: an ECG at {@code time} (epoch s), AFib class (0) and heart rate (72). */
    record NewEcg(String userId, Long time, Integer afib, Integer heartRate) {
    }

    /** {@code POST _admin/users}: {@code count} users cloned from a persona, linked to a client. */
    /** {@code PUT _admin/users/{userId}/timezone}: the profile's new zone; null puts the persona's back. */
    record ProfileZone(String timezone) {
    }

    record NewUsers(String persona, Integer count, String clientId, String scope, String redirectUri) {
    }

    private static final String ALL_SCOPES = "user.info,user.metrics,user.activity,user.sleepevents";

    private final Emulator emulator;

    AdminController(Emulator emulator) {
        this.emulator = emulator;
    }

    @GetMapping("/personas")
    List<Emulator.PersonaSummary> personas() {
        return emulator.personas();
    }

    @GetMapping("/personas/{id}/measures")
    ResponseEntity<?> measures(@PathVariable String id, @RequestParam(defaultValue = "1") int type,
            @RequestParam(defaultValue = "1") int category) {
        if (emulator.personas().stream().noneMatch(p -> p.id().equals(id))) {
            return AdminProblems.notFound("No persona " + id);
        }
        List<Emulator.Reading> readings = emulator.readings(id, type, category);
        return ResponseEntity.ok(Map.of("count", readings.size(), "items", readings));
    }

    @PostMapping("/clients")
    ResponseEntity<?> register(@RequestBody NewClient client) {
        emulator.registerClient(client.clientId(), client.clientSecret(),
                client.redirectUris() == null ? List.of() : client.redirectUris(), Boolean.TRUE.equals(client.partner()));
        return ResponseEntity.status(201).body(Map.of("clientId", client.clientId()));
    }

    @PostMapping("/readings")
    ResponseEntity<?> addReading(@RequestBody NewReading reading) {
        if (reading.userId() == null || reading.type() == null || reading.value() == null || reading.time() == null) {
            return AdminProblems.badRequest("userId, type, value and time are required");
        }
        return created("grpid", emulator.addReading(reading.userId(), reading.type(), reading.value(), reading.time()));
    }

    @PostMapping("/sleep")
    ResponseEntity<?> addNight(@RequestBody NewNight night) {
        if (night.userId() == null || night.start() == null) {
            return AdminProblems.badRequest("userId and start are required");
        }
        double hours = night.hours() == null ? 7.5 : night.hours();
        if (hours < 0.5 || hours > 14) {
            return AdminProblems.badRequest("hours must be between 0.5 and 14");
        }
        return created("id", emulator.addNight(night.userId(), night.start(), hours));
    }

    @PostMapping("/activity")
    ResponseEntity<?> recordDay(@RequestBody NewDay day) {
        if (day.userId() == null || day.date() == null || day.steps() == null || day.steps() < 0) {
            return AdminProblems.badRequest("userId, date (YYYY-MM-DD) and steps (at least 0) are required");
        }
        emulator.recordActivityDay(day.userId(), day.date(), day.steps());
        return ResponseEntity.status(201).body(Map.of("date", day.date().toString()));
    }

    @PostMapping("/workouts")
    ResponseEntity<?> addWorkout(@RequestBody NewWorkout w) {
        if (w.userId() == null || w.category() == null || w.start() == null || w.end() == null
                || w.end() - w.start() < 60) {
            return AdminProblems.badRequest("userId, category, start and end (at least a minute later) are required");
        }
        return created("id", emulator.addWorkout(w.userId(), w.category(), w.start(), w.end()));
    }

    @PostMapping("/ecgs")
    ResponseEntity<?> addEcg(@RequestBody NewEcg ecg) {
        int afib = ecg.afib() == null ? 0 : ecg.afib();
        int heartRate = ecg.heartRate() == null ? 72 : ecg.heartRate();
        if (ecg.userId() == null || ecg.time() == null || afib < 0 || afib > 13 || heartRate < 20 || heartRate > 250) {
            return AdminProblems.badRequest("userId and time are required; afib 0-13, heartRate 20-250");
        }
        return created("signalid", emulator.addEcg(ecg.userId(), ecg.time(), afib, heartRate));
    }

    @PostMapping("/users")
    ResponseEntity<?> generateUsers(@RequestBody NewUsers users) {
        if (users.persona() == null || users.clientId() == null) {
            return AdminProblems.badRequest("persona and clientId are required");
        }
        return ResponseEntity.status(201).body(Map.of("users", emulator.generateUsers(users.persona(),
                users.count() == null ? 1 : users.count(), users.clientId(),
                users.scope() == null ? ALL_SCOPES : users.scope(), users.redirectUri())));
    }

    @PutMapping("/users/{userId}/timezone")
    ResponseEntity<?> moveProfile(@PathVariable String userId, @RequestBody ProfileZone zone) {
        ZoneId moved;
        try {
            moved = zone.timezone() == null ? null : ZoneId.of(zone.timezone());
        } catch (DateTimeException e) {
            return AdminProblems.badRequest("timezone must be a zone id such as America/New_York, or null");
        }
        emulator.moveProfile(userId, moved);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users")
    List<Emulator.PersonaSummary> generatedUsers() {
        return emulator.generatedUsers();
    }

    private static ResponseEntity<?> created(String key, long id) {
        return ResponseEntity.status(201).body(Map.of(key, id));
    }

    @DeleteMapping("/readings/{grpid}")
    ResponseEntity<?> deleteReading(@PathVariable long grpid, @RequestParam String userId) {
        return emulator.deleteReading(userId, grpid) ? ResponseEntity.noContent().build()
                : AdminProblems.notFound("No group " + grpid + " for user " + userId);
    }

    @PatchMapping("/readings/{grpid}")
    ResponseEntity<?> editReading(@PathVariable long grpid, @RequestBody ReadingEdit edit) {
        if (edit.userId() == null || (edit.values() == null && edit.removed() == null)) {
            return AdminProblems.badRequest("userId and values or removed are required");
        }
        return emulator.editReading(edit.userId(), grpid, edit.values() == null ? Map.of() : edit.values(),
                edit.removed() == null ? Set.of() : Set.copyOf(edit.removed())) ? ResponseEntity.noContent().build()
                : AdminProblems.notFound("No group " + grpid + " for user " + edit.userId());
    }

    @PostMapping("/reset")
    ResponseEntity<Void> reset() {
        emulator.reset();
        return ResponseEntity.noContent().build();
    }
}
