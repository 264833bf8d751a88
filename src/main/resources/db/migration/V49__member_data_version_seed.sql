-- Every member that exists before data versions has one: a member without a version row has never had any health
-- data written, which pages take as "nothing to read".
insert into member_data_version (member_id, version)
select m.id, 1 from member m
where not exists (select 1 from member_data_version v where v.member_id = m.id);
