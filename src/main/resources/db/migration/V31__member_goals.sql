-- The goals a member set in the Withings app (user getgoals): daily steps, nightly sleep, weight (value and its
-- power-of-ten exponent, exact). Null where the member set none. updated_at: when the stored goals last changed;
-- fetched_at: when they were last read from Withings (at most once a day).
create table member_goals (
    member_id      bigint primary key references member (id) on delete cascade,
    steps          integer,
    sleep_seconds  integer,
    weight_raw     bigint,
    weight_exp     integer,
    updated_at     timestamp with time zone not null,
    fetched_at     timestamp with time zone not null
);
