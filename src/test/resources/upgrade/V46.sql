-- Schema 46: the administrator also signs in through the household's OpenID Connect provider.
insert into user_identity (user_id, issuer, subject, created_at)
    values (1, 'https://id.example.org/realms/home', '3f6c2a1e-8b7d-4c5e-9a0f-1b2c3d4e5f60',
        timestamp with time zone '2025-01-08 08:00:00+00');
