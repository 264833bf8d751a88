/** Seeded generators of years of realistic readings, nights, activity, intraday series and ECG signals. */
package dev.pulseboard.emulator.generator;
