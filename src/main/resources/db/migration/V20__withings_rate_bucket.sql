-- The app-wide Withings request budget, shared by every instance on PostgreSQL (Bucket4j's
-- select-for-update proxy manager; one row per client id). Unused on the embedded H2 database,
-- where the budget lives in process.
CREATE TABLE withings_rate_bucket (
    id BIGINT PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
