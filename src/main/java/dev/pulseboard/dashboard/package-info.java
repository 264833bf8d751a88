/** Server-rendered pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"health", "health :: measure", "health :: daily", "health :: recording", "account", "account :: household", "connection", "sync", "core"})
package dev.pulseboard.dashboard;
