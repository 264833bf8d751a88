-- Schema 3: Alex's Withings link, tokens encrypted under the test-only key, member id bound.
insert into withings_connection (member_id, household_id, withings_user_id, status, scope, access_token_enc,
        refresh_token_enc, expires_at, connected_at, updated_at)
    values (1, 1, '10000001', 'CONNECTED', 'user.info,user.metrics,user.activity', 'v1.c0102005.Pfnhe5b2ey9d4vl8zWzCpY5BP5JZTANTdjHJ7pwNwoBr5bdFo9IHOJv9fW1m1fcJ', 'v1.c0102005.xAjimzwg21+NSM2hS1PA1EIo9qWMVvDNMR9Fxp9KwqSLvPxaWj4TOJRaYNe5Cu4KoA==',
        timestamp with time zone '2025-01-05 10:00:00+00', timestamp with time zone '2025-01-01 09:00:00+00',
        timestamp with time zone '2025-01-05 07:00:00+00');
