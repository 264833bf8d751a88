/** Daily data: nights, activity days, workouts and devices. */
@org.springframework.modulith.NamedInterface("daily")
package dev.pulseboard.health.daily;
