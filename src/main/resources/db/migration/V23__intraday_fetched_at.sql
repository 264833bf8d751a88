-- When each intraday day was last fetched, and whether the day was over by then (the member's daily activity
-- had moved on two local days): a day fetched while still running is fetched once more after it ends, a
-- complete day never again.
alter table intraday_series add column fetched_at timestamp with time zone;
alter table intraday_series add column complete boolean default false not null;
