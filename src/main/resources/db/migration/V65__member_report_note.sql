-- A note for the doctor on the member's blood-pressure report ("amlodipine 5 mg since 3 May"), written by who may
-- change the member; printed under the patient's line. Null for none.
alter table member add column report_note varchar(1000);
