-- Which Withings account (its user id) each synced reading, ECG recording and night came from. A member can be linked
-- to another Withings account later (a new scale account, a mistake put right): the new account's token sees none of
-- the old account's groups, so the sync must reconcile and fetch details only for the account they came from. Null
-- for an archive's readings and for anything kept of a member with no link left. Rows stored before this are taken
-- to come from the account the member is linked to now (the best that is known).
alter table measurement add column withings_user varchar(32);
alter table ecg_recording add column withings_user varchar(32);
alter table sleep_night add column withings_user varchar(32);
update measurement set withings_user = (select c.withings_user_id from withings_connection c
    where c.member_id = measurement.member_id) where group_id > 0;
update ecg_recording set withings_user = (select c.withings_user_id from withings_connection c
    where c.member_id = ecg_recording.member_id);
update sleep_night set withings_user = (select c.withings_user_id from withings_connection c
    where c.member_id = sleep_night.member_id) where withings_id > 0;
