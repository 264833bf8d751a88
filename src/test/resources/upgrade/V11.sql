-- Schema 11: an ECG recording with its strip (a few samples).
insert into ecg_recording (member_id, signal_id, recorded_at, afib, heart_rate, systole, diastole, model,
        sampling_frequency, wear_position, samples)
    values (1, 7001, timestamp with time zone '2025-01-04 12:00:00+00', 0, 64, null, null, 93, 300, 0,
        '[12,15,40,120,35,-10,0,3]');
-- The hypnogram of night 5001 (light, deep, REM) and its heart and breathing rates (SampleCodec: epoch seconds,
-- then values, delta + zigzag + varint, base64): hr 58, 55, 53 and rr 14, 13 from 22:30 UTC, ten minutes apart.
insert into sleep_segment (member_id, night_id, start_at, end_at, sleep_state)
    values (1, 5001, timestamp with time zone '2025-01-02 22:30:00+00', timestamp with time zone '2025-01-02 23:30:00+00', 1);
insert into sleep_segment (member_id, night_id, start_at, end_at, sleep_state)
    values (1, 5001, timestamp with time zone '2025-01-02 23:30:00+00', timestamp with time zone '2025-01-03 01:00:00+00', 2);
insert into sleep_segment (member_id, night_id, start_at, end_at, sleep_state)
    values (1, 5001, timestamp with time zone '2025-01-03 01:00:00+00', timestamp with time zone '2025-01-03 02:00:00+00', 3);
insert into sleep_vital (member_id, night_id, field, samples) values (1, 5001, 'hr', '0M249wywCbAJu9+49wwFAw==');
insert into sleep_vital (member_id, night_id, field, samples) values (1, 5001, 'rr', '0M249wywCePWuPcMAQ==');
