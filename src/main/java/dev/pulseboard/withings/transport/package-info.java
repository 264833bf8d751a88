/** HTTP to Withings: the {status, body} envelope, lenient JSON, status codes, back-off and retries. */
package dev.pulseboard.withings.transport;
