-- X90 teams and memberships; history is kept (a membership ends, it is not deleted).
create table team (
    x90     varchar(32) primary key,
    type    varchar(8)  not null check (type in ('INGA', 'MIXED', 'OTHER')),
    agency  varchar(16) not null
);

create table membership (
    id         uuid        primary key,
    user_id    varchar(64) not null,
    team_x90   varchar(32) not null references team (x90),
    function   varchar(16) not null check (function in ('COUNSELLOR', 'TEAM_LEAD')),
    start_date date        not null,
    end_date   date,
    check (end_date is null or end_date >= start_date)
);
create unique index membership_open_idx on membership (user_id, team_x90, function) where end_date is null;

alter table role_grant
    add column membership_id uuid references membership (id),
    add column revoke_cause  varchar(32);
