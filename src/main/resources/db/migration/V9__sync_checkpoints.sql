-- A backfill's checkpoint per data type: the offset to resume from and the newest modification seen so far,
-- plus what this data type's current run has fetched, for the progress display.
alter table sync_cursor add column resume_offset integer default 0 not null;
alter table sync_cursor add column resume_newest bigint default 0 not null;
alter table sync_cursor add column pages_fetched integer default 0 not null;
alter table sync_cursor add column items_stored bigint default 0 not null;
alter table sync_cursor add column finished boolean default false not null;
