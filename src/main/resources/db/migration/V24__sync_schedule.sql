-- What the minute-by-minute visit decides from: when the member last had a full sync, when a run last brought
-- new data (adaptive polling), and when the member's Withings subscriptions were last checked.
alter table sync_status add column last_full_at timestamp with time zone;
alter table sync_status add column last_new_data_at timestamp with time zone;
alter table sync_status add column subscriptions_checked_at timestamp with time zone;
