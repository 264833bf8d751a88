-- Schema 53: a workout from a source that measures no heart rate, stored with Withings' 0 before migration 54
-- made a heart rate of 0 none.
insert into workout (member_id, withings_id, category, start_at, end_at, workout_date, timezone, calories,
        distance_m, steps, hr_average, hr_max, intensity)
    values (1, 9002, 1, timestamp with time zone '2025-01-04 09:00:00+00',
        timestamp with time zone '2025-01-04 09:30:00+00', date '2025-01-04', 'Europe/Paris', 150.00, 2400.00, 3100,
        0, 0, 0);
