package dev.pulseboard.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sync settings ({@code pulseboard.sync.*}).
 *
 * @param pollInterval how often every connected member is synced when webhooks cannot reach Pulseboard
 * @param safetyNetInterval how often every member is synced (and subscriptions repaired) even with webhooks
 * @param inboxBatch how many notifications one processing run takes
 * @param intradayDays how many recent days of intraday heart rate, steps and SpO2 are kept (one call per day)
 */
@ConfigurationProperties("pulseboard.sync")
public record SyncProperties(@DefaultValue("30m") Duration pollInterval, @DefaultValue("24h") Duration safetyNetInterval,
        @DefaultValue("500") int inboxBatch, @DefaultValue("30") int intradayDays) {
}
