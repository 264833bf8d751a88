-- Schema 27: Sam signs in as a member user linked to Sam's member, may view Alex's data until a date, and an
-- invitation is pending; an address has two failed sign-ins.
insert into app_user (household_id, email, password_hash, name, role, created_at, member_id, must_change_password)
    values (1, 'sam@example.org', '{bcrypt}$2a$10$qVIDLpXJ5vYtixW1OlPW7.nGVENV3mKuFVe.xtXUkQpAsyDuN3T0O', 'Sam', 'MEMBER',
        timestamp with time zone '2025-01-06 08:00:00+00', 2, false);
insert into member_grant (member_id, grantee_id, access, valid_until, granted_by, created_at)
    values (1, 2, 'VIEW', timestamp with time zone '2099-12-31 00:00:00+00', 1,
        timestamp with time zone '2025-01-06 08:05:00+00');
insert into invitation (household_id, token_hash, member_id, member_name, role, created_by, created_at, expires_at)
    values (1, 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90', null, 'Kim', 'MEMBER', 1,
        timestamp with time zone '2025-01-06 09:00:00+00', timestamp with time zone '2099-01-13 09:00:00+00');
insert into sign_in_failure (subject, failures, first_at, locked_until, lockouts)
    values ('address:203.0.113.7', 2, timestamp with time zone '2025-01-06 10:00:00+00', null, 0);
