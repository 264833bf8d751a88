package dev.pulseboard.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Hypnogram;
import dev.pulseboard.health.Recordings;
import dev.pulseboard.health.SleepNight;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsException;

/**
 * A night's hypnogram for whoever asks (a page, the API): the stored one, or, for a night older than the synced
 * window, fetched from Withings on first view (one call, at interactive priority) and kept. Five years of nights
 * would cost some 1,800 calls, a quarter of an hour of the app-wide budget per member, for nights nobody may
 * ever open.
 */
@Service
public class Hypnograms {

    private static final Logger log = LoggerFactory.getLogger(Hypnograms.class);

    private final Recordings recordings;
    private final Connections connections;
    private final HypnogramSync sync;

    Hypnograms(Recordings recordings, Connections connections, HypnogramSync sync) {
        this.recordings = recordings;
        this.connections = connections;
        this.sync = sync;
    }

    /** The night's hypnogram; empty (no segments) when Withings has none or cannot be asked now. */
    public Hypnogram forNight(MemberId member, SleepNight night) {
        if (recordings.hasHypnogram(member, night.withingsId()) || !connections.status(member).isConnected()) {
            return recordings.hypnogram(member, night.withingsId());
        }
        try {
            return sync.fetch(member, connections.accessTokens(member), night, Priority.INTERACTIVE);
        } catch (WithingsException | ConnectionException e) {
            log.warn("Could not fetch the hypnogram of night {} of member {}: {}", night.withingsId(), member,
                    e.getMessage());
            return recordings.hypnogram(member, night.withingsId());
        }
    }
}
