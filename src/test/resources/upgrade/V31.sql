-- Schema 31: Alex's goals from the Withings app: 9,000 steps, 8 h of sleep, 78.5 kg.
insert into member_goals (member_id, steps, sleep_seconds, weight_raw, weight_exp, updated_at, fetched_at)
    values (1, 9000, 28800, 785, -1, timestamp with time zone '2025-01-06 07:00:00+00',
        timestamp with time zone '2025-01-06 07:00:00+00');
