/** Activity (v2/measure): daily activity, workouts and intraday series. */
@org.springframework.modulith.NamedInterface("activity")
package dev.pulseboard.withings.activity;
