package dev.pulseboard.connection;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.InvalidSettingException;

/**
 * An instance in demo mode (no Withings client id: a forgotten environment file, a second host's unit) on a database
 * whose members are linked through a real Withings app would renew their tokens at its built-in emulator, which knows
 * none of them, and end every member's link at its first sync. It refuses to start instead, before the scheduler
 * picks a run.
 */
@Component
class WithingsAppCheck implements InitializingBean {

    static final String SETTING = "pulseboard.withings.client-id (WITHINGS_CLIENT_ID)";

    private final ConnectionRepository connections;
    private final boolean demo;

    WithingsAppCheck(ConnectionRepository connections, @Value("${pulseboard.demo:false}") boolean demo) {
        this.connections = connections;
        this.demo = demo;
    }

    @Override
    public void afterPropertiesSet() {
        if (!demo) {
            return;
        }
        Map<String, Long> others = connections.connectedThroughOtherApps();
        if (!others.isEmpty()) {
            long members = others.values().stream().mapToLong(Long::longValue).sum();
            throw new InvalidSettingException(SETTING, "not set (demo mode), but " + members + " member(s) of this "
                    + "database are linked to Withings through the app " + others.keySet().stream()
                            .collect(Collectors.joining(", "))
                    + ": this instance would end their links at its first sync. Set WITHINGS_CLIENT_ID and "
                    + "WITHINGS_CLIENT_SECRET as on the instances that linked them");
        }
    }
}
