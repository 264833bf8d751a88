package dev.pulseboard.health.daily;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One workout: Withings' category code (1 walk, 2 run, 6 bicycling, 7 swimming, ...), when, and its figures. */
public record WorkoutSession(long withingsId, int category, Instant start, Instant end, LocalDate date,
        @Nullable String timezone, BigDecimal calories, BigDecimal distanceMeters, Integer steps, Integer hrAverage,
        Integer hrMax, Integer intensity, @Nullable Instant modifiedAt) {
}
