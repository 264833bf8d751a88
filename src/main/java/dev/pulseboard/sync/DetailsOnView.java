package dev.pulseboard.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Hypnogram;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.fetch.EcgSync;
import dev.pulseboard.sync.fetch.HypnogramSync;
import dev.pulseboard.sync.fetch.IntradaySync;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * Details fetched when someone first opens them (a page, the API), one call each at interactive priority, then
 * kept: a night's hypnogram older than the synced window or notified since the last full sync, and an ECG strip
 * of a recording notified since the first backfill, and a recent day's intraday series not yet fetched complete
 * (Withings notifies none of its own; see {@link IntradaySync}). Five years of nights would cost some 1,800 calls, a quarter of
 * an hour of the app-wide budget per member, for nights nobody may ever open. Without a connection, or when
 * Withings cannot be asked now, what is stored is answered.
 */
@Service
public class DetailsOnView {

    private static final Logger log = LoggerFactory.getLogger(DetailsOnView.class);

    private final Recordings recordings;
    private final Connections connections;
    private final HypnogramSync hypnograms;
    private final EcgSync ecgs;
    private final ActivityDetail activity;
    private final IntradaySync intraday;

    DetailsOnView(Recordings recordings, Connections connections, HypnogramSync hypnograms, EcgSync ecgs,
            ActivityDetail activity, IntradaySync intraday) {
        this.recordings = recordings;
        this.connections = connections;
        this.hypnograms = hypnograms;
        this.ecgs = ecgs;
        this.activity = activity;
        this.intraday = intraday;
    }

    /**
     * The member's local day's intraday series of {@code field} (heart_rate, steps, spo2) in {@code zone}: the parts
     * of the one or two UTC days it spans (Withings is asked by UTC day, and they are stored so). A UTC day of the
     * synced window that is not stored complete is asked of Withings first, a day still under way at most every
     * quarter of an hour. Ask {@link #intradayRefusal} first: a day it refuses is answered from the store only.
     */
    public List<Hypnogram.Sample> intraday(MemberId member, LocalDate day, ZoneId zone, String field) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<LocalDate> utcDays = IntradaySync.utcDays(day, zone);
        List<IntradaySync.Due> due = intraday.dueOnView(member, utcDays);
        List<Hypnogram.Sample> samples = new ArrayList<>();
        for (LocalDate utcDay : utcDays) {
            Supplier<List<Hypnogram.Sample>> stored = () -> activity.intraday(member, utcDay, field);
            var toFetch = due.stream().filter(d -> d.day().equals(utcDay)).findFirst();
            samples.addAll(toFetch.isEmpty() ? stored.get()
                    : fetch(member, "the intraday series of " + utcDay + " (UTC)", stored, tokens -> {
                        intraday.fetch(member, tokens, toFetch.get());
                        return stored.get();
                    }));
        }
        return samples.stream().filter(s -> !s.time().isBefore(from) && s.time().isBefore(to)).toList();
    }

    /** Why the member's local day's intraday series cannot be asked for, if it cannot ({@link IntradaySync#refusal}). */
    public Optional<String> intradayRefusal(MemberId member, LocalDate day, ZoneId zone) {
        return intraday.refusal(member, day, zone);
    }

    /** The night's hypnogram; empty (no segments) when Withings has none or cannot be asked now. */
    public Hypnogram hypnogram(MemberId member, SleepNight night) {
        Supplier<Hypnogram> stored = () -> recordings.hypnogram(member, night.withingsId());
        if (recordings.hasHypnogram(member, night.withingsId())) {
            return stored.get();
        }
        return fetch(member, "the hypnogram of night " + night.withingsId(), stored,
                tokens -> hypnograms.fetch(member, tokens, night, Priority.INTERACTIVE));
    }

    /** The recording, with its strip when Withings has one and can be asked; empty if there is no such recording. */
    public Optional<EcgStrip> ecg(MemberId member, long signalId) {
        Optional<EcgStrip> stored = recordings.ecg(member, signalId);
        if (stored.isEmpty() || stored.get().hasSignal()) {
            return stored;
        }
        return fetch(member, "ECG strip " + signalId, () -> stored, tokens -> {
            ecgs.fetchSignal(member, tokens, signalId, Priority.INTERACTIVE);
            return recordings.ecg(member, signalId);
        });
    }

    private <T> T fetch(MemberId member, String what, Supplier<T> stored, Function<AccessTokens, T> fetch) {
        if (!connections.status(member).isConnected()) {
            return stored.get();
        }
        try {
            return fetch.apply(connections.accessTokens(member));
        } catch (WithingsException | ConnectionException e) {
            log.warn("Could not fetch {} of member {}: {}", what, member, e.getMessage());
            return stored.get();
        }
    }
}
