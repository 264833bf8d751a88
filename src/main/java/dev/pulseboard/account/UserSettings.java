package dev.pulseboard.account;

import java.time.ZoneId;

/**
 * How a user reads figures, kept in the database across sign-ins: body-mass, temperature and distance units, and
 * a fixed time zone, or null for "each member's own time zone" (the default).
 */
public record UserSettings(Mass mass, Temperature temperature, Distance distance, ZoneId fixedZone) {

    public static final UserSettings DEFAULTS = new UserSettings(Mass.KG, Temperature.CELSIUS, Distance.KM, null);

    public UserSettings {
        mass = mass == null ? Mass.KG : mass;
        temperature = temperature == null ? Temperature.CELSIUS : temperature;
        distance = distance == null ? Distance.KM : distance;
    }

    /** Body mass: kilograms, pounds, or stones and pounds. */
    public enum Mass {
        KG, LB, ST
    }

    /** Body temperatures: degrees Celsius or Fahrenheit. */
    public enum Temperature {
        CELSIUS, FAHRENHEIT
    }

    /** Distances: kilometres or miles. */
    public enum Distance {
        KM, MI
    }
}
