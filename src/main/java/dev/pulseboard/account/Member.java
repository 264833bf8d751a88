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
 * @param reportNote a note for the doctor printed on the blood-pressure report (medication, circumstances), if someone
 *     who may change the member wrote one (null otherwise)
 */
public record Member(MemberId id, HouseholdId householdId, String name, Instant createdAt, LocalDate birthDate,
        String reportNote) {

    /** The longest note, in characters. */
    public static final int REPORT_NOTE_MAX = 1000;
}
