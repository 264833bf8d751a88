-- Version 61: a setup code an instance made while nobody had set the installation up (its hash), as an
-- installation upgraded before its first administrator existed keeps it.
insert into setup_code (code_hash, created_at)
    values ('0c4d9d36dbd1e0f1e5c8a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6', timestamp with time zone '2026-12-05 08:00:00+00');
