-- A number per member that every write of the member's health data raises (in the writing transaction). Pages
-- keep what they built from a member's data until it changes; in the database, so every instance sees each write.
create table member_data_version (
    member_id bigint primary key,
    version bigint not null
);
-- The shared-scale readings waiting for a decision, asked for on every landing page: without it, every row of the
-- member was read.
create index ix_measurement_ambiguous on measurement (member_id, attrib, review);
