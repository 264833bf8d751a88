-- Which Withings account (its user id) each activity day came from, as V60 did for readings, ECGs and nights: a member
-- linked to another Withings account later keeps the first account's days, and the new account's days of the same
-- dates are stored beside them (they overwrote them). One row per member, account and date. An archive's days have no
-- account: '' rather than null, since a unique key treats nulls as distinct (on H2 and PostgreSQL alike) and would let
-- an import store a date twice. Days stored before this are taken to come from the account the member is linked to
-- now (the best that is known), except an archive's (they have no modified time), and a member with no link left.
-- written_at is when a sync or an import last wrote the row: of a date's rows, the last written is the one shown. Null
-- for days written before this (one row per date then, so none is shown in place of another).
alter table activity_day add column withings_user varchar(32) default '' not null;
alter table activity_day add column written_at timestamp with time zone;
update activity_day set withings_user = coalesce((select c.withings_user_id from withings_connection c
    where c.member_id = activity_day.member_id), '') where modified_at is not null;
alter table activity_day drop constraint uq_activity_day;
alter table activity_day add constraint uq_activity_day unique (member_id, withings_user, activity_date);
create index ix_activity_day_date on activity_day (member_id, activity_date);

-- Intraday series are kept by UTC day and field: another account's series of a day of the recent window replaced
-- the first account's, or (fetched complete) kept the new account's from ever being fetched. They are kept by account
-- too now, the ones stored before under the account linked now. Made anew (a primary key has no portable name to
-- drop on H2 and PostgreSQL alike), rows copied.
create table intraday_series_by_account (
    member_id      bigint not null references member (id) on delete cascade,
    withings_user  varchar(32) not null,
    series_day     date not null,
    field          varchar(20) not null,
    samples        varchar(400000) not null,
    fetched_at     timestamp with time zone,
    complete       boolean default false not null,
    constraint pk_intraday_series primary key (member_id, withings_user, series_day, field)
);
insert into intraday_series_by_account (member_id, withings_user, series_day, field, samples, fetched_at, complete)
    select s.member_id, coalesce(c.withings_user_id, ''), s.series_day, s.field, s.samples, s.fetched_at, s.complete
    from intraday_series s left join withings_connection c on c.member_id = s.member_id;
drop table intraday_series;
alter table intraday_series_by_account rename to intraday_series;
