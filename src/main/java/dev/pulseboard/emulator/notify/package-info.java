/** Emulated webhooks: subscriptions, the notifier and its deliveries. */
package dev.pulseboard.emulator.notify;
