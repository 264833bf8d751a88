package dev.pulseboard.connection;

import dev.pulseboard.core.MemberId;

/** A member's Withings account was linked (or re-linked after RECONNECT_REQUIRED). */
public record WithingsConnected(MemberId memberId, String withingsUserId, boolean reconnected) {
}
