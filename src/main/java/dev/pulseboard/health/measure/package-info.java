/** Measurements: the store of weigh-ins, blood pressure and every other measure type, and the queries on them. */
@org.springframework.modulith.NamedInterface("measure")
package dev.pulseboard.health.measure;
