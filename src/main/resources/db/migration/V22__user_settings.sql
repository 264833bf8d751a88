-- Each user's units and time zone, kept across sign-ins. No row: the defaults (kg, degrees Celsius, km, and
-- every member's dates in that member's own Withings time zone). A null time_zone means "the member's own zone".
create table user_settings (
    user_id           bigint primary key references app_user (id) on delete cascade,
    mass_unit         varchar(20) not null,
    temperature_unit  varchar(20) not null,
    distance_unit     varchar(20) not null,
    time_zone         varchar(64)
);
