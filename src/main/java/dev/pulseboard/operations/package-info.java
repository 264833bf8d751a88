/**
 * Running Pulseboard for real: start-up checks of the settings, backups and restore of the embedded database, and
 * the metrics that belong to no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "account", "account :: household", "connection"})
package dev.pulseboard.operations;
