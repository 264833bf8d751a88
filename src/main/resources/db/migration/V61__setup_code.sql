-- The first administrator's setup code of each instance, hashed (SHA-256, hex): a set-up asked from another machine
-- than the server's must give one. Deleted once the household is set up.
create table setup_code (
    code_hash   varchar(64) primary key,
    created_at  timestamp with time zone not null
);
