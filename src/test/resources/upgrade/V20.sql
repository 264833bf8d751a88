-- Schema 20: the shared Withings budget's bucket row (read and written by Bucket4j on PostgreSQL only; an embedded
-- database that once had one keeps it).
insert into withings_rate_bucket (id, state, expires_at) values (1, X'0001020304050607', 1736060760000);
