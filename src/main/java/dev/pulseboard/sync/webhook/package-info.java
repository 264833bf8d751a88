/** Webhook intake (the notification inbox and its jobs) and Withings subscriptions. */
package dev.pulseboard.sync.webhook;
