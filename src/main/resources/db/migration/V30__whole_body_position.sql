-- Body Scans send whole-body values (fat mass, muscle mass, water, bone, visceral fat, BMR...) with position 7.
-- Until now they were stored with that position and so were missing from the member's series, which reads the
-- whole-body rows (position_code -1). Position 7 means whole body: move those rows to -1, keeping the row that is
-- already there when a group has the same type without a position too.
delete from measurement m
 where m.position_code = 7
   and exists (select 1 from measurement o
                where o.member_id = m.member_id and o.group_id = m.group_id
                  and o.type_code = m.type_code and o.position_code = -1);
update measurement set position_code = -1 where position_code = 7;
