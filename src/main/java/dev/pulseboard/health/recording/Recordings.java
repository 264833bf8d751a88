package dev.pulseboard.health.recording;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.HealthDataVersions;

/** The detailed recordings: ECG strips and nights' hypnograms with their vitals. */
@Service
public class Recordings {

    private final EcgRepository ecg;
    private final HypnogramRepository hypnograms;
    private final HealthDataVersions versions;

    Recordings(EcgRepository ecg, HypnogramRepository hypnograms, HealthDataVersions versions) {
        this.ecg = ecg;
        this.hypnograms = hypnograms;
        this.versions = versions;
    }

    /** Stores or updates the listed recordings of the Withings user {@code account}; strips already fetched are kept. */
    @Transactional
    public void storeEcgs(MemberId member, String account, Collection<EcgStrip> strips) {
        ecg.upsert(member, account, strips);
        versions.changed(member);
    }

    @Transactional
    public void storeEcgSignal(MemberId member, long signalId, Integer frequency, Integer wearPosition,
            int[] microvolts) {
        ecg.saveSignal(member, signalId, frequency, wearPosition, microvolts);
        versions.changed(member);
    }

    /**
     * The Withings user {@code account}'s recordings whose strip has not been fetched yet, newest first: another
     * account's (the member was linked to another before) cannot be fetched with this one's token.
     */
    public List<Long> ecgsWithoutSignal(MemberId member, String account) {
        return ecg.withoutSignal(member, account);
    }

    /** Whether any ECG recording of the member is kept. */
    public boolean keepsEcgs(MemberId member) {
        return ecg.any(member);
    }

    /**
     * Recordings whose strip is not kept and cannot be fetched: they came from another Withings user than
     * {@code account} (the one linked now; null when none is), whose token cannot ask for them.
     */
    public Set<Long> ecgsBeyondReach(MemberId member, String account) {
        return ecg.withoutSignalNotOf(member, account);
    }

    /** Whether the recording came from the Withings user {@code account}, whose token can fetch its strip. */
    public boolean ecgFromAccount(MemberId member, long signalId, String account) {
        return ecg.fromAccount(member, signalId, account);
    }

    /** Recordings in {@code [from, to)} without their samples ({@link EcgStrip#hasSignal()} says if one is kept). */
    public List<EcgStrip> ecgs(MemberId member, Instant from, Instant to) {
        return ecg.between(member, from, to);
    }

    public Optional<EcgStrip> ecg(MemberId member, long signalId) {
        return ecg.find(member, signalId);
    }

    @Transactional
    public void storeHypnogram(MemberId member, Hypnogram night) {
        hypnograms.replace(member, night);
        versions.changed(member);
    }

    public boolean hasHypnogram(MemberId member, long nightId) {
        return hypnograms.has(member, nightId);
    }

    /** The nights (Withings summary ids) whose hypnogram is kept. */
    public Set<Long> nightsWithHypnogram(MemberId member) {
        return hypnograms.nights(member);
    }

    public Hypnogram hypnogram(MemberId member, long nightId) {
        return hypnograms.find(member, nightId);
    }

    @Transactional
    public void erase(MemberId member) {
        ecg.deleteAll(member);
        hypnograms.deleteAll(member);
        versions.changed(member);
    }
}
