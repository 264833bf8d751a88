-- Schema 33: a finished import of Withings' archive with its report.
insert into import_job (id, member_id, state, report, error, created_at, finished_at)
    values ('0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', 1, 'DONE',
        '[{"name":"weight.csv","imported":2,"alreadyThere":1,"skipped":0,"problems":[]}]', null,
        timestamp with time zone '2025-01-06 11:00:00+00', timestamp with time zone '2025-01-06 11:00:03+00');
