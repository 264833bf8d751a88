/** CSV, FHIR R4 and reports. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"health", "health :: measure", "health :: daily", "health :: recording", "account", "connection", "connection :: audit", "sync", "core", "api :: body"})
package dev.pulseboard.export;
