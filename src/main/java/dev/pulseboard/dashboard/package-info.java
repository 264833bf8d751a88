/** Server-rendered pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"health", "account", "connection", "sync", "core"})
package dev.pulseboard.dashboard;
