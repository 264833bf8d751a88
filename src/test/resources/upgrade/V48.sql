-- Schema 48: each member's data version, as the health store raises it on every write (Alex's data written 42
-- times, Sam's 3).
insert into member_data_version (member_id, version) values (1, 42);
insert into member_data_version (member_id, version) values (2, 3);
