-- Version 71: a link to Alex's home blood-pressure report for their doctor, opened once.
insert into report_link (member_id, token_hash, label, first_day, last_day, guideline, created_by, created_at,
        expires_at, opened_count, last_opened_at)
    values (1, 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778', 'Dr Lee',
            date '2026-11-01', date '2026-11-07', 'ESH_2023', 1, timestamp with time zone '2026-11-08 09:00:00+00',
            timestamp with time zone '2026-11-22 09:00:00+00', 1, timestamp with time zone '2026-11-08 10:00:00+00');
