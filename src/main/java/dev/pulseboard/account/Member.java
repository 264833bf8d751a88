package dev.pulseboard.account;

import java.time.Instant;
import java.time.LocalDate;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * A person in a household whose Withings data Pulseboard keeps.
 *
 * @param birthDate the date of birth, if someone who manages the member entered it (null otherwise): it identifies
 *     the member as a patient on the blood-pressure report and in the FHIR export
 */
public record Member(MemberId id, HouseholdId householdId, String name, Instant createdAt, LocalDate birthDate) {
}
