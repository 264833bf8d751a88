/** The token vault: encryption keys and the cipher that keeps Withings tokens encrypted at rest. */
package dev.pulseboard.connection.vault;
