package dev.pulseboard.health.daily;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One night: dated by the local day it ended. Durations in seconds; {@code efficiency} a fraction 0-1 as Withings
 * sends it; {@code awakeSeconds} is the time awake after first falling asleep; {@code wakeupCount} how often the
 * sleeper woke, {@code durationToSleepSeconds} how long falling asleep took and {@code durationToWakeupSeconds}
 * how long getting up did (Withings' {@code sleep_latency} and {@code wakeup_latency}, or the deprecated
 * {@code durationtosleep} and {@code durationtowakeup} when only those came). Absent values are null.
 */
public record SleepNight(long withingsId, LocalDate date, Instant start, Instant end, String timezone,
        Integer totalSleepSeconds, Integer lightSeconds, Integer deepSeconds, Integer remSeconds,
        Integer awakeSeconds, BigDecimal efficiency, Integer score, Integer hrAverage, Integer rrAverage,
        Integer breathingDisturbances, Integer snoringSeconds, Integer wakeupCount, Integer durationToSleepSeconds,
        Integer durationToWakeupSeconds, Integer snoringEpisodes, Integer hrMin, Integer hrMax, Instant modifiedAt) {
}
