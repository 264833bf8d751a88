package dev.pulseboard.sync;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.EcgStrip;
import dev.pulseboard.health.Recordings;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsException;

/**
 * An ECG recording with its strip for whoever asks (a page, the API): a strip not fetched yet (a recording that
 * came by notification since the last full run) is fetched from Withings on first view, at interactive priority,
 * and kept.
 */
@Service
public class EcgSignals {

    private static final Logger log = LoggerFactory.getLogger(EcgSignals.class);

    private final Recordings recordings;
    private final Connections connections;
    private final EcgSync sync;

    EcgSignals(Recordings recordings, Connections connections, EcgSync sync) {
        this.recordings = recordings;
        this.connections = connections;
        this.sync = sync;
    }

    /** The recording, with its strip when Withings has one and can be asked; empty if there is no such recording. */
    public Optional<EcgStrip> withSignal(MemberId member, long signalId) {
        Optional<EcgStrip> stored = recordings.ecg(member, signalId);
        if (stored.isEmpty() || stored.get().hasSignal() || !connections.status(member).isConnected()) {
            return stored;
        }
        try {
            sync.fetchSignal(member, connections.accessTokens(member), signalId, Priority.INTERACTIVE, false);
            return recordings.ecg(member, signalId);
        } catch (WithingsException | ConnectionException e) {
            log.warn("Could not fetch ECG strip {} of member {}: {}", signalId, member, e.getMessage());
            return stored;
        }
    }
}
