/** The Withings HTTP contract: OAuth, every data endpoint, paging, envelope decoding, errors, the app-wide rate budget. No database, no Pulseboard domain. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package dev.pulseboard.withings;
