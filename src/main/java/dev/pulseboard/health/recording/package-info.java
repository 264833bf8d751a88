/** Detailed recordings: ECG strips, hypnograms and intraday series, and how their samples are stored. */
@org.springframework.modulith.NamedInterface("recording")
package dev.pulseboard.health.recording;
