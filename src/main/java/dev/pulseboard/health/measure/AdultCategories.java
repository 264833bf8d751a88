package dev.pulseboard.health.measure;

import java.time.LocalDate;

/**
 * Whether the adult categories Pulseboard shows apply to a member's reading, by the member's age on the reading's day.
 * Blood pressure: the ESH categories and the home threshold from 16, the age from which the 2016 ESH guidelines for
 * children and adolescents (Lurbe et al., J Hypertens 2016;34:1887-1920) use the adult definitions; before it a
 * reading is judged by percentiles of age, sex and height, which Pulseboard does not compute. BMI: the WHO adult
 * categories from 19, where WHO's growth reference for 5 to 19 years ends and its cut-offs meet the adult ones (de
 * Onis et al., Bull World Health Organ 2007;85:660-667). ECG: Withings' rhythm classification from 22, the age its ECG
 * app is cleared for (FDA 510(k) K240795: "not intended for use by people under 22 years old"; the Withings app
 * refuses the feature to younger users). With no date of birth entered, the member is taken for an adult: the pages
 * say their categories are the adults' ones.
 *
 * @param birthDate the member's date of birth, or null when none was entered
 */
public record AdultCategories(LocalDate birthDate) {

    /** The age from which a blood pressure gets an adult category. */
    public static final int BLOOD_PRESSURE_FROM = 16;
    /** The age from which a BMI gets an adult category. */
    public static final int BMI_FROM = 19;
    /** The age from which Withings' ECG classification is meant to be read. */
    public static final int ECG_FROM = 22;

    /** A member whose date of birth is not known: every reading is an adult's. */
    public static final AdultCategories UNKNOWN_AGE = new AdultCategories(null);

    /** Whether a blood pressure taken on {@code day} (the member's calendar) gets an adult category. */
    public boolean bloodPressure(LocalDate day) {
        return agedAtLeast(BLOOD_PRESSURE_FROM, day);
    }

    /** The first day a blood pressure gets an adult category, or null when every reading does (no date of birth). */
    public LocalDate bloodPressureSince() {
        return birthDate == null ? null : birthDate.plusYears(BLOOD_PRESSURE_FROM);
    }

    /** Whether a BMI of a weigh-in on {@code day} gets an adult category. */
    public boolean bmi(LocalDate day) {
        return agedAtLeast(BMI_FROM, day);
    }

    /** Whether Withings' classification of an ECG recorded on {@code day} is one its ECG app is meant for. */
    public boolean ecg(LocalDate day) {
        return agedAtLeast(ECG_FROM, day);
    }

    private boolean agedAtLeast(int years, LocalDate day) {
        return birthDate == null || !birthDate.plusYears(years).isAfter(day);
    }
}
