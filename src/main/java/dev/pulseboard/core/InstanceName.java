package dev.pulseboard.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This running server's name among the instances sharing a database: host name, port and a random suffix made at
 * start ({@code host:port-suffix}, at most 45 characters). Two instances on one host, or a restarted container that
 * kept its host name, get different names, so what a dead one held (scheduler runs, archive imports) is told apart
 * from what the living ones hold.
 */
@Component
public class InstanceName {

    private static final int MAX_HOST = 30;

    private final String value;

    InstanceName(@Value("${server.port:8080}") int port) {
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        this.value = of(hostName(), port, HexFormat.of().formatHex(suffix));
    }

    /** {@code host:port-suffix}, the host cut to 30 characters. */
    static String of(String host, int port, String suffix) {
        String shortHost = host.length() > MAX_HOST ? host.substring(0, MAX_HOST) : host;
        return shortHost + ":" + port + "-" + suffix;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "pulseboard";
        }
    }
}
