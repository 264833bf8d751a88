/** JSON under /api/v1 with problem+json errors. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"health", "health :: measure", "health :: daily", "health :: recording", "account", "connection", "connection :: audit", "sync", "core"})
package dev.pulseboard.api;
