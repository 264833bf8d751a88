-- When each data type last finished a run: notification-driven runs of slowly changing data (daily activity)
-- are spaced by it.
alter table sync_cursor add column finished_at timestamp with time zone;
