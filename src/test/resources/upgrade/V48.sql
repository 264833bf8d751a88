-- Schema 48: the members' data versions (raised by every write of their health data).
insert into member_data_version (member_id, version) values (1, 7);
insert into member_data_version (member_id, version) values (2, 1);
