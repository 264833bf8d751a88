/** The emulator's clock (movable for tests) and the shared clock that lets demo mode live through emulated time. */
package dev.pulseboard.emulator.clock;
