-- The two binary columns as binary varying, not blob, on H2 only (PostgreSQL's bytea is not affected). H2 keeps each
-- blob a query returns reachable for five minutes (its LOB_TIMEOUT), so the sign-in session's attributes, read on every
-- page request, and the scheduler's task data, read on every poll, kept about 160,000 values in the heap at a time
-- under load, and the collector copied them into the old generation (BENCHMARKS, issue 18).
alter table spring_session_attributes alter column attribute_bytes set data type varbinary(1000000000);
alter table scheduled_tasks alter column task_data set data type varbinary(1000000000);
