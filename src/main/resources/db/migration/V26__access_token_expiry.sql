-- Personal access tokens may be made to expire; null: until revoked (the tokens made before).
alter table access_token add column expires_at timestamp with time zone;
