-- A value encrypted under the token key when the first instance started: every later start must decrypt it, so an
-- instance with another key refuses to start even before any member has connected (the stored tokens caught it only
-- once there were some). Re-encrypted with the tokens when the key is rotated.
create table vault_key_check (
    id          integer primary key,
    check_value varchar(200) not null
);
