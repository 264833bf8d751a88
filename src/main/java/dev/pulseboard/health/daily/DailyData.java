package dev.pulseboard.health.daily;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.core.MemberId;

/**
 * Nights, activity days and devices: idempotent writes from the sync (keyed on Withings' summary id, the local
 * day, the device id) and the reads that pages, API and exports use.
 */
@Service
public class DailyData {

    private final SleepRepository sleep;
    private final ActivityRepository activity;
    private final DeviceRepository devices;

    DailyData(SleepRepository sleep, ActivityRepository activity, DeviceRepository devices) {
        this.sleep = sleep;
        this.activity = activity;
        this.devices = devices;
    }

    @Transactional
    public void storeNights(MemberId member, Collection<SleepNight> nights) {
        sleep.upsert(member, nights);
    }

    @Transactional
    public void storeActivity(MemberId member, Collection<ActivityDay> days) {
        activity.upsert(member, days);
    }

    @Transactional
    public void storeDevices(MemberId member, Collection<DeviceInfo> list) {
        devices.upsert(member, list);
    }

    /** Nights whose date (the local day they ended) is within {@code [from, to]}, oldest first. */
    public List<SleepNight> nights(MemberId member, LocalDate from, LocalDate to) {
        return sleep.between(member, from, to);
    }

    /** Activity days within {@code [from, to]}, oldest first. */
    public List<ActivityDay> activity(MemberId member, LocalDate from, LocalDate to) {
        return activity.between(member, from, to);
    }

    /** The local date of the member's newest activity day, if any. */
    public java.util.Optional<LocalDate> latestActivityDate(MemberId member) {
        return activity.latestDate(member);
    }

    /** Deletes every night, activity day and device kept for the member. */
    @Transactional
    public void erase(MemberId member) {
        sleep.deleteAll(member);
        activity.deleteAll(member);
        devices.deleteAll(member);
    }

    public List<DeviceInfo> devices(MemberId member) {
        return devices.all(member);
    }
}
