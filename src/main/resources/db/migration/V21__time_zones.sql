-- Each reading keeps the time zone of the member's Withings profile when it was synced (Withings sends one
-- zone per getmeas answer); the connection keeps the profile's current zone, which pages use for the member.
alter table measurement add column time_zone varchar(64);
alter table withings_connection add column time_zone varchar(64);
