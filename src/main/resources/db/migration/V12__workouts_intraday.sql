-- Workouts (getworkouts), keyed by Withings' workout id.
create table workout (
    member_id       bigint not null references member (id) on delete cascade,
    withings_id     bigint not null,
    category        integer not null,
    start_at        timestamp with time zone not null,
    end_at          timestamp with time zone not null,
    workout_date    date,
    timezone        varchar(64),
    calories        numeric(10, 2),
    distance_m      numeric(12, 2),
    steps           integer,
    hr_average      integer,
    hr_max          integer,
    intensity       integer,
    modified_at     timestamp with time zone,
    primary key (member_id, withings_id)
);
create index ix_workout_start on workout (member_id, start_at);

-- Intraday series (heart rate, steps, SpO2) for the recent window, one row per member, UTC day and field,
-- encoded like the other series (time deltas, then values).
create table intraday_series (
    member_id   bigint not null references member (id) on delete cascade,
    series_day  date not null,
    field       varchar(20) not null,
    samples     varchar(400000) not null,
    primary key (member_id, series_day, field)
);
