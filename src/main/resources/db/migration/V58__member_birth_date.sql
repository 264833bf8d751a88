-- A member's date of birth, optional: what identifies a patient on the doctor's blood-pressure report and in the FHIR
-- export's Patient, beside the name. Withings' API does not give it; whoever manages the member enters it.
alter table member add column birth_date date;
