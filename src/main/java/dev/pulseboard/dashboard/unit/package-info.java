/** Display units: weight, temperature, distance. */
package dev.pulseboard.dashboard.unit;
