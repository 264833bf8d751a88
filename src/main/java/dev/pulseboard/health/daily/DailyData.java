package dev.pulseboard.health.daily;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.HealthDataVersions;

/**
 * Nights, activity days, devices and goals: idempotent writes from the sync (keyed on Withings' summary id, the
 * Withings account and local day, the device id) and the reads that pages, API and exports use.
 */
@Service
public class DailyData {

    private final SleepRepository sleep;
    private final ActivityRepository activity;
    private final DeviceRepository devices;
    private final GoalRepository goals;
    private final HealthDataVersions versions;

    DailyData(SleepRepository sleep, ActivityRepository activity, DeviceRepository devices, GoalRepository goals,
            HealthDataVersions versions) {
        this.sleep = sleep;
        this.activity = activity;
        this.devices = devices;
        this.goals = goals;
        this.versions = versions;
    }

    @Transactional
    public void storeNights(MemberId member, Collection<SleepNight> nights) {
        storeNights(member, (String) null, nights);
    }

    /** Stores Withings' nights, noting the Withings user they came from ({@code account}). */
    @Transactional
    public void storeNights(MemberId member, String account, Collection<SleepNight> nights) {
        sleep.upsert(member, account, nights);
        versions.changed(member);
    }

    /** Whether any night or activity day of the member is kept. */
    public boolean keepsNightsOrDays(MemberId member) {
        return sleep.any(member) || activity.any(member);
    }

    /** Whether the night came from the Withings user {@code account}, whose token can fetch its hypnogram. */
    public boolean nightFromAccount(MemberId member, long nightId, String account) {
        return sleep.fromAccount(member, nightId, account);
    }

    /**
     * Stores an archive's nights in place of the nights {@code replaced} (their ids): an earlier import's copies of
     * them at other instants (read in another time zone), deleted in the same transaction. Only an archive's nights
     * (negative ids) are ever deleted so.
     */
    @Transactional
    public void storeNights(MemberId member, Collection<SleepNight> nights, Collection<Long> replaced) {
        sleep.deleteImported(member, replaced);
        storeNights(member, nights);
    }

    /** Stores an archive's days, which come from no Withings account. */
    @Transactional
    public void storeActivity(MemberId member, Collection<ActivityDay> days) {
        storeActivity(member, null, days);
    }

    /**
     * Stores Withings' days, noting the Withings user they came from ({@code account}): another account's days of the
     * same dates are kept beside them, and of a date's days the one written last is read.
     */
    @Transactional
    public void storeActivity(MemberId member, String account, Collection<ActivityDay> days) {
        activity.upsert(member, account, days);
        versions.changed(member);
    }

    /**
     * The member's devices as Withings lists them now (getdevice): one removed from the account (sold, replaced)
     * goes, with its last battery level, rather than being listed for good.
     */
    @Transactional
    public void storeDevices(MemberId member, Collection<DeviceInfo> list) {
        devices.replace(member, list);
        versions.changed(member);
    }

    /** Nights whose date (the local day they ended) is within {@code [from, to]}, oldest first. */
    public List<SleepNight> nights(MemberId member, LocalDate from, LocalDate to) {
        return sleep.between(member, from, to);
    }

    /**
     * Activity days within {@code [from, to]}, oldest first: one a date, of a date kept from several Withings accounts
     * (or an archive) the one a sync or an import wrote last.
     */
    public List<ActivityDay> activity(MemberId member, LocalDate from, LocalDate to) {
        return activity.between(member, from, to);
    }

    /** The local date of the member's newest activity day, if any. */
    public Optional<LocalDate> latestActivityDate(MemberId member) {
        return activity.latestDate(member);
    }

    /** Deletes every night, activity day, device and goal kept for the member. */
    @Transactional
    public void erase(MemberId member) {
        sleep.deleteAll(member);
        activity.deleteAll(member);
        devices.deleteAll(member);
        goals.delete(member);
        versions.changed(member);
    }

    /**
     * Stores the goals read from Withings at {@code fetchedAt}; {@code updatedAt} moves only when they differ from
     * the stored ones, so reading the same goals again changes nothing but when they were last read.
     */
    @Transactional
    public MemberGoals storeGoals(MemberId member, Integer steps, Integer sleepSeconds, BigDecimal weightKg,
            Instant fetchedAt) {
        MemberGoals read = new MemberGoals(steps, sleepSeconds, weightKg, fetchedAt, fetchedAt);
        MemberGoals stored = goals.find(member).filter(old -> old.sameGoalsAs(read))
                .map(old -> new MemberGoals(old.steps(), old.sleepSeconds(), old.weightKg(), old.updatedAt(),
                        fetchedAt))
                .orElse(read);
        goals.upsert(member, stored);
        versions.changed(member);
        return stored;
    }

    /** The member's goals as last read from Withings; empty before the first read. */
    public Optional<MemberGoals> goals(MemberId member) {
        return goals.find(member);
    }

    public List<DeviceInfo> devices(MemberId member) {
        return devices.all(member);
    }
}
