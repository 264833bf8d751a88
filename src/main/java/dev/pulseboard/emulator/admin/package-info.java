/** The emulator's admin API (personas, stats, clients, readings, faults, clock), its test hooks and landing page. */
package dev.pulseboard.emulator.admin;
