package dev.pulseboard.core;

/** Identifies a household member: the person whose Withings data Pulseboard keeps. */
public record MemberId(long value) {

    public static MemberId of(long value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
