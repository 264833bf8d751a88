/** Notifications: webhook subscriptions (appli codes) and the notifications Withings sends. */
@org.springframework.modulith.NamedInterface("notify")
package dev.pulseboard.withings.notify;
