-- A note for the doctor on the member's blood-pressure report ("amlodipine 5 mg since 3 May"), written by who may
-- change the member; printed under the patient's line. Null for none. Up to 1,000 characters of any script: 4,000
-- leaves room for H2, which counts a character beyond the Basic Multilingual Plane (an emoji) as two.
alter table member add column report_note varchar(4000);
