/** The emulated Withings OAuth 2.0: authorize consent page, token endpoint, registered clients, signatures and nonces. */
package dev.pulseboard.emulator.oauth;
