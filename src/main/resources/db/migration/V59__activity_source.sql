-- Where a day's activity came from, as Withings names it: the device's model ("ScanWatch"), or another app's
-- ("GoogleFit tracker (another app)", brand 18), which sends no heart rate. Null for days read before this and for
-- imported archives.
alter table activity_day add column source varchar(80);
