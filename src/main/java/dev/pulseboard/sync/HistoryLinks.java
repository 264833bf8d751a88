package dev.pulseboard.sync;

import org.springframework.stereotype.Component;

import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.Measurements;

/**
 * Whether linking a Withings account to a member would join that account's history to the one kept here: the member
 * is linked to no account and has readings (synced before a disconnect, or imported). Any account may then be the
 * one chosen, another person's too, so the linking is the member's own login's or an administrator's to do, not a
 * grantee's (a reconnect of the linked account is checked at the callback: it must be the same account).
 */
@Component
public class HistoryLinks {

    private final Connections connections;
    private final Measurements measurements;

    HistoryLinks(Connections connections, Measurements measurements) {
        this.connections = connections;
        this.measurements = measurements;
    }

    public boolean linkJoinsHistory(MemberId member) {
        return connections.status(member).state() == ConnectionState.NOT_CONNECTED && measurements.count(member) > 0;
    }
}
