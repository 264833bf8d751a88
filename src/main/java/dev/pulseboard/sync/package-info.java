/** Backfill, incremental sync, webhook intake and subscriptions, mappers from Withings to the health store, per-member sync status. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"withings", "health", "connection", "core"})
package dev.pulseboard.sync;
