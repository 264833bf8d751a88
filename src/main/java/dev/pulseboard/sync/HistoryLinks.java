package dev.pulseboard.sync;

import org.springframework.stereotype.Component;

import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.Recordings;

/**
 * Whether linking a Withings account to a member would join that account's history to the one kept here: the member
 * is linked to no account and has data kept (readings, nights, activity days or ECGs, synced before a disconnect or
 * imported). Any account may then be the one chosen, another person's too, so the linking is the member's own
 * login's or an administrator's to do, not a grantee's (a reconnect of the linked account is checked at the callback:
 * it must be the same account).
 */
@Component
public class HistoryLinks {

    private final Connections connections;
    private final Measurements measurements;
    private final DailyData daily;
    private final Recordings recordings;

    HistoryLinks(Connections connections, Measurements measurements, DailyData daily, Recordings recordings) {
        this.connections = connections;
        this.measurements = measurements;
        this.daily = daily;
        this.recordings = recordings;
    }

    /**
     * Whether the member's readings are demo mode's made-up ones: the member was linked in demo mode, and this server
     * has a Withings app since (the start ended that link). A reconnect would add a real account's readings to them.
     */
    public boolean madeUpInTheDemo(MemberId member) {
        return connections.linkedInTheDemo(member);
    }

    public boolean linkJoinsHistory(MemberId member) {
        return connections.status(member).state() == ConnectionState.NOT_CONNECTED && (measurements.count(member) > 0
                || daily.keepsNightsOrDays(member) || recordings.keepsEcgs(member));
    }
}
