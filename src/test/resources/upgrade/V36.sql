-- Schema 36: the administrator's sign-in session (Spring Session JDBC), valid until 2100, with one attribute
-- (a serialized String).
insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
        expiry_time, principal_name)
    values ('6b1d7a52-3c4e-4f60-9a8b-7c6d5e4f3a2b', '2e9f8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f', 1736150400000,
        1736150400000, 1800, 4102444800000, 'admin@example.org');
insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
    values ('6b1d7a52-3c4e-4f60-9a8b-7c6d5e4f3a2b', 'fixture', X'ACED0005740003616263');
