-- Withings sends a heart rate of 0 for a day or a workout from a source that measures none (an external app such as
-- Google Fit). It was stored as 0 and shown as "0 bpm"; the sync and the archive import now store none. Days and
-- workouts stored before are not sent again by an incremental sync, so their 0 becomes none here.
update activity_day set hr_average = null where hr_average = 0;
update workout set hr_average = null where hr_average = 0;
update workout set hr_max = null where hr_max = 0;
