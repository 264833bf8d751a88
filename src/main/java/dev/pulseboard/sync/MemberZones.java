package dev.pulseboard.sync;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.health.measure.Measurements;

/**
 * A member's time zone, as the sync learned it from Withings: their connection's (the profile's, known from the first
 * sync), else the zone Withings gave with their latest weigh-in, blood pressure or pulse
 * ({@link Measurements#latestTimeZone}). The one rule of the member's pages, the API's days and grants, exports, the
 * blood-pressure report and imports; each says what stands in when nothing tells the zone (pages: the server's, the
 * rest: UTC).
 */
@Component
public class MemberZones {

    private final Connections connections;
    private final Measurements measurements;

    MemberZones(Connections connections, Measurements measurements) {
        this.connections = connections;
        this.measurements = measurements;
    }

    /** The zone the member's connection or readings tell, if any. */
    public Optional<ZoneId> known(MemberId member) {
        return known(member, connections.status(member).timeZone());
    }

    /** The same, for a caller that read the member's connection already and has its zone (or null). */
    public Optional<ZoneId> known(MemberId member, ZoneId connectionZone) {
        return Optional.ofNullable(connectionZone).or(() -> measurements.latestTimeZone(member)).map(Zones::byName);
    }

    /** The member's zone; UTC (by that name) when nothing tells it. */
    public ZoneId of(MemberId member) {
        return known(member).orElse(Zones.UTC);
    }
}
