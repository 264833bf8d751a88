/** JSON under /api/v1 with problem+json errors. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"health", "health :: measure", "health :: daily", "health :: recording", "account", "account :: household", "connection", "connection :: audit", "sync", "core"})
package dev.pulseboard.api;
