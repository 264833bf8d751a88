/** The ECG section: recordings drawn on ECG paper. */
package dev.pulseboard.dashboard.ecg;
