package dev.pulseboard.account;

import java.time.ZoneId;

/**
 * How a user reads figures, kept in the database across sign-ins: body-mass, temperature and distance units, a
 * fixed time zone, or null for "each member's own time zone" (the default), and the guideline home blood pressures
 * are read against.
 */
public record UserSettings(Mass mass, Temperature temperature, Distance distance, ZoneId fixedZone,
        Guideline guideline) {

    public static final UserSettings DEFAULTS = new UserSettings(Mass.KG, Temperature.CELSIUS, Distance.KM, null);

    public UserSettings {
        mass = mass == null ? Mass.KG : mass;
        temperature = temperature == null ? Temperature.CELSIUS : temperature;
        distance = distance == null ? Distance.KM : distance;
        guideline = guideline == null ? Guideline.ESH_2023 : guideline;
    }

    /** The default guideline. */
    public UserSettings(Mass mass, Temperature temperature, Distance distance, ZoneId fixedZone) {
        this(mass, temperature, distance, fixedZone, null);
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

    /** Home blood pressures: the ESH 2023 guidelines (home threshold 135/85) or the AHA/ACC 2025 one (130/80). */
    public enum Guideline {
        ESH_2023, AHA_ACC_2025
    }
}
