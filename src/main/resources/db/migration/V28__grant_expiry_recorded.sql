-- A grant whose end has passed is written to the audit log once: this marks the ones already written.
alter table member_grant add column expiry_recorded boolean default false not null;
