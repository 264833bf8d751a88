-- Schema 11: an ECG recording with its strip (a few samples).
insert into ecg_recording (member_id, signal_id, recorded_at, afib, heart_rate, systole, diastole, model,
        sampling_frequency, wear_position, samples)
    values (1, 7001, timestamp with time zone '2025-01-04 12:00:00+00', 0, 64, null, null, 93, 300, 0,
        '[12,15,40,120,35,-10,0,3]');
