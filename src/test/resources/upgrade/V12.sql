-- Schema 12: a workout.
insert into workout (member_id, withings_id, category, start_at, end_at, workout_date, timezone, calories,
        distance_m, steps, hr_average, hr_max, intensity)
    values (1, 9001, 2, timestamp with time zone '2025-01-03 17:00:00+00',
        timestamp with time zone '2025-01-03 17:40:00+00', date '2025-01-03', 'Europe/Paris', 380.00, 6500.00, 7200,
        148, 171, 70);
-- A day's intraday heart rate (72, 75, 74 bpm a minute apart from 12:00 UTC), encoded as SampleCodec does.
insert into intraday_series (member_id, series_day, field, samples)
    values (1, date '2025-01-03', 'heart_rate', 'gMW+9wx4eN/FvvcMBgE=');
