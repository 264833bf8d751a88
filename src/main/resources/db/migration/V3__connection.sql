-- The link between a member and a Withings account. Tokens are AES-GCM ciphertexts (base64, key id inside).
create table withings_connection (
    member_id          bigint primary key references member (id) on delete cascade,
    household_id       bigint not null,
    withings_user_id   varchar(32) not null,
    status             varchar(30) not null,
    scope              varchar(300),
    access_token_enc   varchar(1000),
    refresh_token_enc  varchar(1000),
    expires_at         timestamp with time zone,
    connected_at       timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint uq_withings_user_per_household unique (household_id, withings_user_id)
);

-- OAuth states: only a hash is stored; single-use, 10 minutes.
create table oauth_state (
    state_hash    varchar(64) primary key,
    household_id  bigint not null,
    member_id     bigint not null references member (id) on delete cascade,
    origin        varchar(10) not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null
);
