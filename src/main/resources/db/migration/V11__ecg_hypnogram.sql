-- ECG recordings (heart list) with their strip: microvolt samples, delta- and varint-encoded, then base64.
create table ecg_recording (
    member_id           bigint not null references member (id) on delete cascade,
    signal_id           bigint not null,
    recorded_at         timestamp with time zone not null,
    afib                integer,
    heart_rate          integer,
    systole             integer,
    diastole            integer,
    model               integer,
    device_id           varchar(64),
    sampling_frequency  integer,
    wear_position       integer,
    samples             varchar(400000),
    primary key (member_id, signal_id)
);
create index ix_ecg_recorded on ecg_recording (member_id, recorded_at);

-- A night's hypnogram: its sleep-state segments, and the vitals Withings measured during it (hr, rr, snoring),
-- each series encoded like ECG samples (time deltas and values).
create table sleep_segment (
    member_id    bigint not null references member (id) on delete cascade,
    night_id     bigint not null,
    start_at     timestamp with time zone not null,
    end_at       timestamp with time zone not null,
    sleep_state  integer not null,
    primary key (member_id, night_id, start_at)
);

create table sleep_vital (
    member_id  bigint not null references member (id) on delete cascade,
    night_id   bigint not null,
    field      varchar(30) not null,
    samples    varchar(200000) not null,
    primary key (member_id, night_id, field)
);
