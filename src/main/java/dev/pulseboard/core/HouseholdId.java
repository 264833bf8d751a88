package dev.pulseboard.core;

/** Identifies a household: the members and users who see each other's data. */
public record HouseholdId(long value) {

    public static HouseholdId of(long value) {
        return new HouseholdId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
