-- A notification that announced data older than what the next read of its data type looks back to (a watch's ECG
-- uploaded days after it was recorded: heart list filters by the recording's time, not by upload): the next run
-- reads from here, then forgets it.
alter table sync_cursor add column reread_from bigint;
