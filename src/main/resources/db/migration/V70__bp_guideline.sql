-- The guideline a user reads home blood pressures against (UserSettings.Guideline); null: ESH 2023, the default.
alter table user_settings add column bp_guideline varchar(20);
