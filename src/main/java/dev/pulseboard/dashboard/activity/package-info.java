/** The Activity section: steps, distance, calories and workouts. */
package dev.pulseboard.dashboard.activity;
