/** What every Withings code table (measure types, attribs, applis, sleep states, device models) has in common. */
@org.springframework.modulith.NamedInterface("code")
package dev.pulseboard.withings.code;
