package dev.pulseboard.health.daily;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One local day of activity. Distance in metres, elevation in floors, calories in kcal. Absent values are null.
 *
 * @param source where Withings says the day came from: a device's model ("ScanWatch"), or another app's
 *     ("GoogleFit tracker (another app)"); null when unknown (an imported archive, a day read before it was kept)
 */
public record ActivityDay(LocalDate date, String timezone, Integer steps, BigDecimal distanceMeters,
        BigDecimal elevation, BigDecimal activeCalories, BigDecimal totalCalories, Integer softSeconds,
        Integer moderateSeconds, Integer intenseSeconds, Integer hrAverage, Instant modifiedAt, String source) {
}
