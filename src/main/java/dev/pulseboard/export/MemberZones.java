package dev.pulseboard.export;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.Measurements;

/**
 * A member's time zone for exports, the blood-pressure report and imports, as their pages have it: their Withings
 * connection's (the profile's, known from the first sync), else the zone Withings gave with their latest weigh-in,
 * blood pressure or pulse ({@link Measurements#latestTimeZone}), else UTC. The export's days, the report's days and
 * times, and an archive's local times are all read in it.
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
        return Optional.ofNullable(connections.status(member).timeZone()).or(() -> measurements.latestTimeZone(member))
                .map(ExportRange::byName);
    }

    /** The member's zone; UTC (by that name) when no reading tells it. */
    public ZoneId of(MemberId member) {
        return known(member).orElse(ExportRange.UTC);
    }
}
