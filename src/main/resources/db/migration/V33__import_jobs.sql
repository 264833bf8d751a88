-- Imports of Withings' "download my data" archive: one row per upload, its state and the report per file (JSON).
create table import_job (
    id           varchar(36) primary key,
    member_id    bigint not null references member (id) on delete cascade,
    state        varchar(10) not null,
    report       varchar(1000000),
    error        varchar(1000),
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);
create index ix_import_job_member on import_job (member_id);
