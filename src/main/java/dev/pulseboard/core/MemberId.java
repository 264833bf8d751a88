package dev.pulseboard.core;

import java.io.Serializable;

/**
 * Identifies a household member: the person whose Withings data Pulseboard keeps. Serializable because the signed-in
 * user (which carries their own member's id) is stored with the session in the database.
 */
public record MemberId(long value) implements Serializable {

    public static MemberId of(long value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
