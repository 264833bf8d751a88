package dev.pulseboard.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sync settings ({@code pulseboard.sync.*}).
 *
 * @param pollInterval without webhooks: the shortest time between two polls of a member (right after new data)
 * @param pollMaxInterval without webhooks: the longest time between two polls of a member (after a quiet spell)
 * @param safetyNetInterval with webhooks: the longest time a data type goes unread (the safety net reads it then,
 *     catching lost notifications; subscriptions are checked daily for members who sent none)
 * @param activityInterval with webhooks: the shortest time between two notified runs of daily activity (a watch
 *     re-uploads the day all day long); readings, nights and ECGs are fetched at once
 * @param inboxBatch how many notifications one processing run takes
 * @param intradayDays how many recent days of intraday heart rate, steps and SpO2 are kept (one call per day)
 * @param rideWindow with webhooks: how long a notified activity run, once due, waits for an access token that an
 *     urgent fetch renewed before it renews one itself (the safety net rides a live token up to a seventh of
 *     {@code safetyNetInterval} early)
 * @param subscribeRetryPause with webhooks: how long a subscription Withings refused (its check of the callback
 *     failed, status 293) waits before it is asked for once more
 * @param nothingNewPause with webhooks: how long after a notified run of readings, nights or ECGs that found nothing
 *     new the next one waits (a storm of repeated notifications, or of forged ones, costs a few calls a minute)
 */
@ConfigurationProperties("pulseboard.sync")
public record SyncProperties(@DefaultValue("15m") Duration pollInterval, @DefaultValue("4h") Duration pollMaxInterval,
        @DefaultValue("7d") Duration safetyNetInterval, @DefaultValue("24h") Duration activityInterval,
        @DefaultValue("500") int inboxBatch, @DefaultValue("30") int intradayDays,
        @DefaultValue("6h") Duration rideWindow, @DefaultValue("5s") Duration subscribeRetryPause,
        @DefaultValue("10s") Duration nothingNewPause) {

    /**
     * A seventh of {@code safetyNetInterval}: how early the safety net may come on a live token, how soon after a full
     * sync it may come at all, and how much younger than the interval a data type's last read may be and still be
     * read by it (so that one member's reads stay together).
     */
    public Duration safetyNetSlack() {
        return safetyNetInterval.dividedBy(7);
    }
}
