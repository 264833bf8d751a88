-- Which instance runs an import and when it last said so: an import left RUNNING by an instance that stopped
-- (no heartbeat for a minute) is turned FAILED with the reason, by whichever instance notices first.
alter table import_job add column owner varchar(60);
alter table import_job add column heartbeat_at timestamp with time zone;
