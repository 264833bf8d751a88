-- The Withings app (client id) a connection's tokens were issued to, written with every token: an instance started
-- in demo mode on a database whose members are linked through a real app refuses to start, rather than ending every
-- member's link at its first sync (the built-in emulator knows none of their tokens).
alter table withings_connection add column client_id varchar(200);
