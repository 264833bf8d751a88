-- Each running instance of Pulseboard as it last told the database it was alive (every minute): the administrators'
-- Server page lists the instances heard from lately with the version each runs, which shows an upgrade of several
-- instances half done. An instance deletes its row when it stops; rows not heard from for a day are deleted.
create table server_instance (
    name        varchar(50) primary key,
    version     varchar(40),
    started_at  timestamp with time zone not null,
    seen_at     timestamp with time zone not null
);
