/** The health-data store: measurements, sleep, activity, workouts, ECG; idempotent writes and read queries. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package dev.pulseboard.health;
