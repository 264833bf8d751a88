-- Per member: the state of its sync runs. Per member and data type: the lastupdate cursor.
create table sync_status (
    member_id        bigint primary key references member (id) on delete cascade,
    state            varchar(20) not null,
    requested_at     timestamp with time zone,
    started_at       timestamp with time zone,
    last_success_at  timestamp with time zone,
    last_error       varchar(1000),
    items_stored     bigint not null default 0,
    pages_fetched    integer not null default 0
);

create table sync_cursor (
    member_id    bigint not null references member (id) on delete cascade,
    data_type    varchar(30) not null,
    last_update  bigint not null,
    primary key (member_id, data_type)
);
