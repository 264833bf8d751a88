-- Schema 4: Alex's sync status and cursors.
insert into sync_status (member_id, state, last_success_at, items_stored, pages_fetched)
    values (1, 'IDLE', timestamp with time zone '2025-01-05 07:05:00+00', 6, 1);
insert into sync_cursor (member_id, data_type, last_update) values (1, 'measures', 1736060700);
