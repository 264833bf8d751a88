/** CSV, FHIR R4 and reports. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"health", "account", "connection", "core"})
package dev.pulseboard.export;
