/** JSON under /api/v1 with problem+json errors. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"health", "account", "connection", "sync", "core"})
package dev.pulseboard.api;
