package dev.pulseboard.health.daily;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The goals a member set in the Withings app; each null where they set none.
 *
 * @param sleepSeconds the nightly sleep goal
 * @param weightKg the weight goal in kg, exact as Withings sent it
 * @param updatedAt when the stored goals last changed
 * @param fetchedAt when they were last read from Withings
 */
public record MemberGoals(Integer steps, Integer sleepSeconds, BigDecimal weightKg, Instant updatedAt,
        Instant fetchedAt) {

    /** Whether the member set any goal at all. */
    public boolean any() {
        return steps != null || sleepSeconds != null || weightKg != null;
    }

    /** The same goals (what the member set), whenever they were read. */
    public boolean sameGoalsAs(MemberGoals other) {
        return Objects.equals(steps, other.steps) && Objects.equals(sleepSeconds, other.sleepSeconds)
                && (weightKg == null ? other.weightKg == null
                        : other.weightKg != null && weightKg.compareTo(other.weightKg) == 0);
    }
}
