/** Heart (v2/heart): ECG recordings and signals. */
@org.springframework.modulith.NamedInterface("heart")
package dev.pulseboard.withings.heart;
