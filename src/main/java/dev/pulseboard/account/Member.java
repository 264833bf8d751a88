package dev.pulseboard.account;

import java.time.Instant;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/** A person in a household whose Withings data Pulseboard keeps. */
public record Member(MemberId id, HouseholdId householdId, String name, Instant createdAt) {
}
