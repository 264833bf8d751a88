-- A chart reads every reading of a type over the range (five years: about 1,600 rows a series, 17 series on the Body
-- page). This index holds every column those reads use (the conditions, the order, the values), so H2 answers them
-- from the index alone instead of looking up each row in the table: 2.5 to 3 times faster in a measurement. It starts
-- with the columns of ix_measurement_latest, which it replaces for the latest-reading lookups.
create index ix_measurement_chart on measurement (member_id, type_code, position_code, measured_at, group_id,
    raw_value, unit_exp, attrib, review, time_zone);
drop index ix_measurement_latest;
