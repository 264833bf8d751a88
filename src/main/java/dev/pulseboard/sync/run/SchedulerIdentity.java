package dev.pulseboard.sync.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;

/**
 * Every instance's db-scheduler gets a name of its own: host name, port and a random suffix made at start. With
 * db-scheduler's default (the host name alone) two instances on one host, or a restarted container that kept its
 * host name, share a name, and runs picked by a dead one are not told apart from the living one's until much later
 * than heartbeat interval x missed-heartbeats limit.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerIdentity {

    /** db-scheduler's {@code picked_by} column holds 50 characters. */
    static final int MAX_LENGTH = 50;
    private static final int MAX_HOST = 30;

    @Bean
    DbSchedulerCustomizer schedulerIdentity(@Value("${server.port:8080}") int port) {
        String name = name(hostName(), port, suffix());
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(name));
            }
        };
    }

    /** {@code host:port-suffix}, the host cut so the whole fits {@code picked_by}. */
    static String name(String host, int port, String suffix) {
        String shortHost = host.length() > MAX_HOST ? host.substring(0, MAX_HOST) : host;
        return shortHost + ":" + port + "-" + suffix;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "pulseboard";
        }
    }

    private static String suffix() {
        byte[] bytes = new byte[3];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
