package dev.pulseboard.connection;

import dev.pulseboard.core.MemberId;

/** A member's Withings link was removed; with {@code erase} every stored reading of theirs must go too. */
public record WithingsDisconnected(MemberId memberId, boolean erase) {
}
