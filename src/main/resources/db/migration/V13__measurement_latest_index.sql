-- The latest reading of a type (cards, tiles, the API) reads this index backwards instead of a member's rows.
create index ix_measurement_latest on measurement (member_id, type_code, position_code, measured_at);
