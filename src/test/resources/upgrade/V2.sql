-- Schema 2: weigh-ins (value x 10^unit: 80.25 kg, 79.9 kg, 79.75 kg), a body-fat ratio and a blood pressure.
insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at, attrib)
    values (1, 1001, 1, -1, 80250, -3, timestamp with time zone '2025-01-02 07:00:00+00', 0);
insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at, attrib)
    values (1, 1001, 6, -1, 215, -1, timestamp with time zone '2025-01-02 07:00:00+00', 0);
insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at, attrib)
    values (1, 1002, 1, -1, 799, -1, timestamp with time zone '2025-01-03 07:00:00+00', 0);
insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at, attrib)
    values (1, 1003, 1, -1, 7975, -2, timestamp with time zone '2025-01-04 07:00:00+00', 0);
insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at, attrib)
    values (1, 1004, 10, -1, 128, 0, timestamp with time zone '2025-01-04 19:00:00+00', 0);
insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at, attrib)
    values (1, 1004, 9, -1, 82, 0, timestamp with time zone '2025-01-04 19:00:00+00', 0);
insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at, attrib)
    values (2, 2001, 1, -1, 6100, -2, timestamp with time zone '2025-01-05 07:00:00+00', 0);
