-- Schema 1: a household, its administrator, an API token, two members, the installation.
insert into household (name, created_at) values ('Fixture household', timestamp with time zone '2025-01-01 08:00:00+00');
insert into app_user (household_id, email, password_hash, name, role, created_at)
    values (1, 'admin@example.org', '{bcrypt}$2a$10$qVIDLpXJ5vYtixW1OlPW7.nGVENV3mKuFVe.xtXUkQpAsyDuN3T0O', 'Ada', 'ADMIN', timestamp with time zone '2025-01-01 08:00:00+00');
insert into access_token (user_id, name, token_hash, created_at)
    values (1, 'fixture', '8f920bca29899db01ba569f5e2efa96d33a2a1aba05ebdee94fae5a08e038e5e', timestamp with time zone '2025-01-01 08:01:00+00');
insert into member (household_id, name, created_at) values (1, 'Alex', timestamp with time zone '2025-01-01 08:02:00+00');
insert into member (household_id, name, created_at) values (1, 'Sam', timestamp with time zone '2025-01-01 08:03:00+00');
insert into installation (id, set_up_at) values (1, timestamp with time zone '2025-01-01 08:00:00+00');
