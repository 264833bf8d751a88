-- Ambiguous readings (attrib 1: maybe someone else on a shared scale) stay out of the member's series until the
-- administrator assigns them to a member (ASSIGNED) or discards them (DISCARDED).
alter table measurement add column review varchar(10);
