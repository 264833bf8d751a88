-- Schema 6: the audit log.
insert into audit_event (household_id, user_id, member_id, member_name, action, detail, at)
    values (1, 1, 1, 'Alex', 'CONNECTED', 'Withings user 10000001', timestamp with time zone '2025-01-01 09:00:00+00');
