/** A faithful fake Withings: same paths, envelope, quirks, limits and webhooks, with personas. Shares no code with the withings module. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package dev.pulseboard.emulator;
