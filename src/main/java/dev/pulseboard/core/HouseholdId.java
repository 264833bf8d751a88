package dev.pulseboard.core;

import java.io.Serializable;

/**
 * Identifies a household: the members and users who see each other's data. Serializable because the signed-in user
 * (which carries it) is stored with the session in the database.
 */
public record HouseholdId(long value) implements Serializable {

    public static HouseholdId of(long value) {
        return new HouseholdId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
