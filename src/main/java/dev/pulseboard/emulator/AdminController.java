package dev.pulseboard.emulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code {base}/_admin}: personas, clients, readings and reset, as JSON. */
@RestController
@RequestMapping("/_admin")
class AdminController {

    /** {@code POST _admin/readings}: a measure type, a decimal value and a time in epoch seconds. */
    record NewReading(String userId, Integer type, BigDecimal value, Long time) {
    }

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
    ResponseEntity<?> register(@RequestBody EmulatorProperties.Client client) {
        emulator.registerClient(client.clientId(), client.clientSecret(), client.redirectUris());
        return ResponseEntity.status(201).body(Map.of("clientId", client.clientId()));
    }

    @PostMapping("/readings")
    ResponseEntity<?> addReading(@RequestBody NewReading reading) {
        if (reading.userId() == null || reading.type() == null || reading.value() == null || reading.time() == null) {
            return AdminProblems.badRequest("userId, type, value and time are required");
        }
        long grpid = emulator.addReading(reading.userId(), reading.type(), reading.value(), reading.time());
        return ResponseEntity.status(201).body(Map.of("grpid", grpid));
    }

    @DeleteMapping("/readings/{grpid}")
    ResponseEntity<?> deleteReading(@PathVariable long grpid, @RequestParam String userId) {
        return emulator.deleteReading(userId, grpid) ? ResponseEntity.noContent().build()
                : AdminProblems.notFound("No group " + grpid + " for user " + userId);
    }

    @PostMapping("/reset")
    ResponseEntity<Void> reset() {
        emulator.reset();
        return ResponseEntity.noContent().build();
    }
}
