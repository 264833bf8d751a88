-- Pulseboard now keeps a Body Scan's nerve-health assessment of the feet (measure types 158, 159, 167, 196, 197 and
-- 198). Earlier syncs skipped those values, and an incremental sync does not send a group again: the measures cursor of
-- every member with a Body Scan starts over, so that their next measures run reads their history once more (the store
-- is keyed on group, type and position: nothing is stored twice).
update sync_cursor set last_update = 0, resume_offset = 0, resume_newest = 0
 where data_type = 'measures'
   and member_id in (select member_id from device where model_id = 10
                     union
                     select member_id from measurement where model = 'Body Scan');
