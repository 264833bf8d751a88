/** Personas, their generated histories and timelines, and the live uploads that make them grow as the clock moves. */
package dev.pulseboard.emulator.persona;
