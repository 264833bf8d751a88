/** Measures (getmeas): groups, types, categories, positions, and their decoding. */
@org.springframework.modulith.NamedInterface("measure")
package dev.pulseboard.withings.measure;
