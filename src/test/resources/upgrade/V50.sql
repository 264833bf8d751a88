-- Schema 50: an import that was running when the old version's server stopped (its heartbeat long silent); the
-- first start of the new version turns it FAILED with the reason.
insert into import_job (id, member_id, state, report, error, created_at, finished_at, owner, heartbeat_at)
    values ('7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', 1, 'RUNNING',
        '[{"name":"weight.csv","imported":1,"alreadyThere":0,"skipped":0,"problems":[]}]', null,
        timestamp with time zone '2025-01-07 11:00:00+00', null, 'old-host:8080-0a0b0c',
        timestamp with time zone '2025-01-07 11:00:20+00');
