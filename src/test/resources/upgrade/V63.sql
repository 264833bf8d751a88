-- Version 63: an instance that told the database it was alive, long ago (the server deletes it at its start, as one
-- not heard from for a day).
insert into server_instance (name, version, started_at, seen_at)
    values ('fixture-host:8080-a1b2c3', '0.63.0', timestamp with time zone '2026-12-05 08:00:00+00',
            timestamp with time zone '2026-12-05 09:00:00+00');
