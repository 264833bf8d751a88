package dev.pulseboard.connection;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pulseboard.connection.ConnectionRepository.StoredConnection;
import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.core.InvalidSettingException;

/**
 * The members' links against the Withings app this start uses, before the scheduler picks a run.
 *
 * <p>An instance in demo mode (no Withings client id: a forgotten environment file, a second host's unit) on a
 * database whose members are linked through a real Withings app would renew their tokens at its built-in emulator,
 * which knows none of them, and end every member's link at its first sync. It refuses to start instead.
 *
 * <p>The other way round, a data directory that ran in demo mode started with a real Withings app: the links made in
 * the demo are the emulator's, which this start does not run. Each is ended at once (reconnect required, written in
 * its household's audit log) rather than shown "Connected" until its first sync fails; the readings it brought stay,
 * and the Server page says they are made up for as long as such a member is left. Such a member is linked to a real
 * account only once they are deleted ({@link Connections#disconnectErases}).
 */
@Component
class WithingsAppCheck implements InitializingBean {

    static final String SETTING = "pulseboard.withings.client-id (WITHINGS_CLIENT_ID)";
    private static final Logger log = LoggerFactory.getLogger(WithingsAppCheck.class);

    private final ConnectionRepository connections;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean demo;

    WithingsAppCheck(ConnectionRepository connections, AuditLog audit, PlatformTransactionManager transactions,
            Clock clock, @Value("${pulseboard.demo:false}") boolean demo) {
        this.connections = connections;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void afterPropertiesSet() {
        if (demo) {
            refuseRealLinks();
        } else {
            endDemoLinks();
        }
    }

    private void refuseRealLinks() {
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

    private void endDemoLinks() {
        List<StoredConnection> linked = connections.connectedThroughTheDemo();
        if (linked.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> linked.forEach(c -> {
            connections.markReconnectRequired(c.memberId(), clock.instant());
            audit.record(c.householdId(), null, c.memberId(), AuditLog.Action.DEMO_LINK_ENDED,
                    "linked in demo mode to the built-in emulator's made-up user " + c.withingsUserId()
                            + "; this server uses a real Withings app");
        }));
        log.warn("{} member(s) of this database were linked in demo mode to the built-in emulator, which a server "
                + "with a Withings client id does not run: their links are ended. The readings they hold are the "
                + "emulator's made-up ones: \"Delete the made-up readings\" on each one's page drops them, and then "
                + "Connect Withings links a real account; or start real use on a fresh data directory",
                linked.size());
    }
}
