-- When each intraday day was last fetched: a recent day is fetched again only if the member's daily activity
-- changed after that (a watch sync), not on every run.
alter table intraday_series add column fetched_at timestamp with time zone;
