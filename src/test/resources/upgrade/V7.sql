-- Schema 7: a night, an activity day and a device.
insert into sleep_night (member_id, withings_id, night_date, start_at, end_at, timezone, total_sleep_s, light_s,
        deep_s, rem_s, awake_s, efficiency, score, hr_average, rr_average, breathing_disturbances, snoring_s)
    values (1, 5001, date '2025-01-03', timestamp with time zone '2025-01-02 22:30:00+00',
        timestamp with time zone '2025-01-03 06:30:00+00', 'Europe/Paris', 25200, 12600, 5400, 7200, 1800, 0.9333,
        81, 56, 14, 3, 600);
insert into activity_day (member_id, activity_date, timezone, steps, distance_m, elevation, active_calories,
        total_calories)
    values (1, date '2025-01-03', 'Europe/Paris', 10432, 7920.50, 12.00, 420.50, 2410.75);
insert into device (member_id, device_id, device_type, model, model_id, battery, first_session_at, last_session_at)
    values (1, 'dev-scale-1', 'Scale', 'Body+', 5, 'high', timestamp with time zone '2024-01-01 00:00:00+00',
        timestamp with time zone '2025-01-04 07:00:00+00');
