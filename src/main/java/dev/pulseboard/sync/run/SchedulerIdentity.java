package dev.pulseboard.sync.run;

import java.time.InstantSource;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.Clock;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;

import dev.pulseboard.core.InstanceName;

/**
 * Every instance's db-scheduler gets a name of its own, the {@link InstanceName} (it fits db-scheduler's 50-character
 * {@code picked_by}): host name, port and a random suffix made at start. With
 * db-scheduler's default (the host name alone) two instances on one host, or a restarted container that kept its
 * host name, share a name, and runs picked by a dead one are not told apart from the living one's until much later
 * than heartbeat interval x missed-heartbeats limit. Each reads the application's clock too.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerIdentity {

    @Bean
    DbSchedulerCustomizer schedulerIdentity(InstanceName instance) {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(instance.value()));
            }
        };
    }

    /**
     * db-scheduler reads the application's clock ({@code java.time.Clock}, an {@link InstantSource}): "due in 24
     * hours" means 24 hours of the same time that token expiry and sync windows use (one source of now; the emulator's
     * shared clock moves both).
     */
    @Bean
    Clock schedulerClock(InstantSource clock) {
        return clock::instant;
    }
}
