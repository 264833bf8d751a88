/** The Devices section. */
package dev.pulseboard.dashboard.devices;
