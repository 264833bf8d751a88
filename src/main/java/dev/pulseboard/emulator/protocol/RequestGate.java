package dev.pulseboard.emulator.protocol;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.admin.Fault;
import dev.pulseboard.emulator.clock.EmulatorClock;

/**
 * Book-keeping in front of every Withings call: request counts per "path action", the 120-per-minute sliding window
 * per client id (status 601), and the injected faults.
 */
@Component
public class RequestGate {

    private static final long WINDOW_MILLIS = 60_000;

    private final EmulatorProperties properties;
    private final EmulatorClock clock;
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final AtomicLong status601 = new AtomicLong();
    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    RequestGate(EmulatorProperties properties, EmulatorClock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void count(String path, String action) {
        requests.computeIfAbsent(path + " " + (action == null ? "-" : action), k -> new LongAdder()).increment();
    }

    /** Whether this client may make one more request now; a refusal is counted as a 601. */
    boolean admit(String clientId) {
        if (clientId == null) {
            return true;
        }
        long now = clock.now().toEpochMilli();
        Deque<Long> window = windows.computeIfAbsent(clientId, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
                window.pollFirst();
            }
            if (window.size() >= properties.rateLimitPerMinute()) {
                status601.incrementAndGet();
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    Optional<Fault> fault(String path, String action) {
        return faults.stream().filter(f -> f.matches(path, action)).filter(Fault::take).findFirst();
    }

    public void addFault(Fault fault) {
        faults.add(fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    public List<Fault> faults() {
        return List.copyOf(faults);
    }

    public Map<String, Object> stats() {
        Map<String, Long> counts = new TreeMap<>();
        requests.forEach((k, v) -> counts.put(k, v.sum()));
        return Map.of("requests", counts, "status601", status601.get());
    }

    public void reset() {
        requests.clear();
        status601.set(0);
        windows.clear();
        faults.clear();
    }
}
