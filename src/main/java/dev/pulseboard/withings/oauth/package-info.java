/** Withings OAuth 2.0: authorize URL, token requests and refresh, signed calls, the access tokens a call needs. */
@org.springframework.modulith.NamedInterface("oauth")
package dev.pulseboard.withings.oauth;
