-- The rest of a night's summary that Withings sends and the Withings archive's sleep.csv has columns for.
alter table sleep_night add column wakeup_count integer;
alter table sleep_night add column duration_to_sleep_s integer;
alter table sleep_night add column duration_to_wakeup_s integer;
alter table sleep_night add column snoring_episodes integer;
alter table sleep_night add column hr_min integer;
alter table sleep_night add column hr_max integer;
