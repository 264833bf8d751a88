-- Schema 54: Sam's Body Scan and Sam's measures cursor (schema 55 starts a Body Scan owner's measures cursor over).
insert into device (member_id, device_id, device_type, model, model_id, battery, first_session_at, last_session_at)
    values (2, 'dev-scan-2', 'Scale', 'Body Scan', 10, 'medium', timestamp with time zone '2024-06-01 00:00:00+00',
        timestamp with time zone '2025-01-04 06:50:00+00');
insert into sync_cursor (member_id, data_type, last_update) values (2, 'measures', 1736060800);
