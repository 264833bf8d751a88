package dev.pulseboard.withings.transport;

import java.time.Duration;

/** Waits; the one place the client blocks, so tests can pass a recorder instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(Math.max(1, duration.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
