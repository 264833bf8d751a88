/** Backfill, incremental sync, webhook intake and subscriptions, mappers from Withings to the health store, per-member sync status. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"withings", "withings :: oauth", "withings :: measure", "withings :: sleep", "withings :: activity", "withings :: heart", "withings :: notify", "withings :: user", "withings :: code", "health", "health :: measure", "health :: daily", "health :: recording", "connection", "core"})
package dev.pulseboard.sync;
