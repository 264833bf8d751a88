/** What every emulated Withings call shares: the request gate (rate limit, faults), the {status, body} envelope and error codes. */
package dev.pulseboard.emulator.protocol;
