package dev.pulseboard.emulator.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.emulator.notify.NotifyEndpoint;
import dev.pulseboard.emulator.protocol.RequestGate;

/** {@code {base}/_admin}: the hooks for tests: stats, faults, the clock and the webhook deliveries. */
@RestController
@RequestMapping("/_admin")
class AdminTestHooks {

    /** {@code POST _admin/faults}; see {@link Fault} for the types. */
    record NewFault(String path, String action, String type, Integer status, Long delayMs, Integer count) {
    }

    /** {@code POST _admin/clock}: either an absolute {@code now} (epoch seconds) or {@code advanceSeconds}. */
    record ClockChange(Long now, Long advanceSeconds) {
    }

    /** {@code POST _admin/notifications}: fire an appli's webhook; dates default to now, action to "update". */
    record NewNotification(String userId, Integer appli, Long startdate, Long enddate, String action) {
    }

    private static final Set<String> FAULT_TYPES = Set.of("status", "http", "delay", "reset", "malformed",
            Fault.STUCK_OFFSET);

    private final RequestGate gate;
    private final Emulator emulator;

    AdminTestHooks(RequestGate gate, Emulator emulator) {
        this.gate = gate;
        this.emulator = emulator;
    }

    @GetMapping("/stats")
    Map<String, Object> stats() {
        return gate.stats();
    }

    @PostMapping("/faults")
    ResponseEntity<?> addFault(@RequestBody NewFault fault) {
        if (fault.path() == null || fault.type() == null || !FAULT_TYPES.contains(fault.type())) {
            return AdminProblems.badRequest("path and type (one of " + FAULT_TYPES + ") are required");
        }
        if ((fault.type().equals("status") || fault.type().equals("http")) && fault.status() == null) {
            return AdminProblems.badRequest("status is required for type " + fault.type());
        }
        gate.addFault(new Fault(fault.path(), fault.action(), fault.type(), fault.status() == null ? 0 : fault.status(),
                fault.delayMs() == null ? 0 : fault.delayMs(),
                new AtomicInteger(fault.count() == null ? -1 : fault.count())));
        return ResponseEntity.status(201).body(fault);
    }

    @GetMapping("/faults")
    List<Map<String, Object>> faults() {
        return gate.faults().stream().map(f -> Map.<String, Object>of("path", f.path(),
                "action", f.action() == null ? "" : f.action(), "type", f.type(), "status", f.status(),
                "delayMs", f.delayMs(), "remaining", f.remaining().get())).toList();
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> clearFaults() {
        gate.clearFaults();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/clock")
    Map<String, Object> clock() {
        return Map.of("now", emulator.clock().now().getEpochSecond());
    }

    @PostMapping("/clock")
    ResponseEntity<?> setClock(@RequestBody ClockChange change) {
        if (change.now() != null) {
            emulator.clock().set(Instant.ofEpochSecond(change.now()));
        } else if (change.advanceSeconds() != null) {
            emulator.clock().advance(Duration.ofSeconds(change.advanceSeconds()));
        } else {
            return AdminProblems.badRequest("now or advanceSeconds is required");
        }
        return ResponseEntity.ok(clock());
    }

    @PostMapping("/notifications")
    ResponseEntity<?> notifySubscribers(@RequestBody NewNotification n) {
        if (n.appli() == null || n.userId() == null && n.appli() != NotifyEndpoint.NO_ACCOUNT) {
            return AdminProblems.badRequest("appli is required, and userId for every appli but 53");
        }
        long now = emulator.clock().now().getEpochSecond();
        long start = n.startdate() == null ? now : n.startdate();
        emulator.notifySubscribers(n.userId(), n.appli(), start, n.enddate() == null ? start + 1 : n.enddate(),
                n.action());
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/deliveries")
    List<Emulator.NotificationDelivery> deliveries() {
        return emulator.deliveries();
    }
}
