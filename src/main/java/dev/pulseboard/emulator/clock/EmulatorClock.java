package dev.pulseboard.emulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;

/**
 * The emulator's own time: the application's {@link Clock} (or the system clock when there is none) shifted by an
 * offset that tests move through {@code _admin/clock}, so that tokens, codes and nonces can expire on demand.
 * Deliberately not a {@link Clock} bean, so that the application keeps exactly one.
 */
@Component
public class EmulatorClock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Autowired
    EmulatorClock(ObjectProvider<Clock> clocks, EmulatorProperties properties) {
        // With a shared clock the application's clock is this one (SharedClock), so the base is the system's.
        this(properties.sharedClock() ? Clock.systemUTC() : clocks.getIfUnique(Clock::systemUTC));
    }

    EmulatorClock(Clock base) {
        this.base = base;
    }

    /** Moves the emulator's time forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
        changed();
    }

    /** Sets the emulator's time to the given instant; it keeps running from there. */
    public void set(Instant now) {
        offset.set(Duration.between(base.instant(), now));
        changed();
    }

    /** Back to the application's time. */
    public void resetOffset() {
        offset.set(Duration.ZERO);
        changed();
    }

    /** Runs {@code listener} after every change made through this API (not as time merely passes). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** The emulator's current time. */
    public Instant now() {
        return base.instant().plus(offset.get());
    }

    public long epochSecond() {
        return now().getEpochSecond();
    }
}
