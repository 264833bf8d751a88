-- Schema 46: Sam also signs in with the household's OpenID provider (issuer + subject), and Kim, who accepted her
-- invitation with the provider, has no password at all.
insert into user_identity (user_id, issuer, subject, created_at)
    values (2, 'https://id.example.org/realms/home', 'f3c1a2b4-sam', timestamp with time zone '2025-01-08 07:00:00+00');
insert into app_user (household_id, email, password_hash, name, role, created_at, member_id, must_change_password)
    values (1, 'kim@example.org', null, 'Kim', 'MEMBER', timestamp with time zone '2025-01-08 07:05:00+00', null, false);
insert into user_identity (user_id, issuer, subject, created_at)
    values (3, 'https://id.example.org/realms/home', '9d8e7f60-kim', timestamp with time zone '2025-01-08 07:05:00+00');
