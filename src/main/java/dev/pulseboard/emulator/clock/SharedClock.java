package dev.pulseboard.emulator.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With {@code pulseboard.emulator.shared-clock}, the application's one {@link Clock} is the emulator's time: when a
 * benchmark or a demo moves the emulator's clock a day forward, Pulseboard's tokens age, its schedules fall due and
 * its sync windows move by that day too, as if the day had passed. Without it the two clocks part whenever the
 * emulator's is moved (tokens the emulator thinks expired look fresh to Pulseboard).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("pulseboard.emulator.shared-clock")
class SharedClock {

    @Bean
    @Primary
    Clock emulatorTime(EmulatorClock emulator) {
        return new Following(emulator, ZoneOffset.UTC);
    }

    /** A clock that reads the emulator's time. */
    static final class Following extends Clock {

        private final EmulatorClock emulator;
        private final ZoneId zone;

        Following(EmulatorClock emulator, ZoneId zone) {
            this.emulator = emulator;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Following(emulator, other);
        }

        @Override
        public Instant instant() {
            return emulator.now();
        }
    }
}
