-- Schema 3: Alex's Withings link, tokens encrypted under the test-only key, member id bound.
insert into withings_connection (member_id, household_id, withings_user_id, status, scope, access_token_enc,
        refresh_token_enc, expires_at, connected_at, updated_at)
    values (1, 1, '10000001', 'CONNECTED', 'user.info,user.metrics,user.activity', 'v1.c0102005.Pfnhe5b2ey9d4vl8zWzCpY5BP5JZTANTdjHJ7pwNwoBr5bdFo9IHOJv9fW1m1fcJ', 'v1.c0102005.xAjimzwg21+NSM2hS1PA1EIo9qWMVvDNMR9Fxp9KwqSLvPxaWj4TOJRaYNe5Cu4KoA==',
        timestamp with time zone '2025-01-05 10:00:00+00', timestamp with time zone '2025-01-01 09:00:00+00',
        timestamp with time zone '2025-01-05 07:00:00+00');
-- An authorization Sam's link was waiting for when the old version stopped (only the state's SHA-256 is kept).
insert into oauth_state (state_hash, household_id, member_id, origin, created_at, expires_at)
    values ('5c2a3f0e9d8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c', 1, 2, 'API',
        timestamp with time zone '2025-01-05 07:00:00+00', timestamp with time zone '2025-01-05 07:10:00+00');
