-- Read models built only from events (facts, one row per business thing); the reports aggregate them.
-- All are dropped and rebuilt by replaying the topics (POST /rebuild).
drop table agency_case_count;

create table case_fact (
    case_id               uuid        primary key,
    agency                varchar(16) not null,
    team                  varchar(32) not null,
    legal_domain          varchar(8)  not null,
    opened_at             timestamptz not null,
    profile_category      varchar(32),
    assessment_note       boolean     not null default false
);

create table enrollment_fact (
    enrollment_id   uuid        primary key,
    case_id         uuid        not null,
    agency          varchar(16) not null,
    team            varchar(32) not null,
    inga_counsellor varchar(64) not null,
    enrolled_on     date        not null,
    latest_end_date date        not null,
    exit_reason     varchar(64),
    exit_date       date,
    months_in_inga  integer
);

create table contact_fact (
    contact_id    uuid        primary key,
    enrollment_id uuid        not null,
    form          varchar(16) not null,
    contact_date  date        not null
);
create index contact_fact_enrollment_idx on contact_fact (enrollment_id);

create table early_exit_refusal (
    event_id       varchar(64) primary key,
    enrollment_id  uuid        not null,
    agency         varchar(16) not null,
    team           varchar(32) not null,
    reason         varchar(64) not null,
    attempted_on   date        not null,
    months_in_inga integer     not null
);

create table inga_team_member (
    user_id   varchar(64) not null,
    team      varchar(32) not null,
    function  varchar(16) not null,
    agency    varchar(16) not null,
    joined_on date        not null,
    primary key (user_id, team, function)
);

create table role_holding (
    grant_id uuid        primary key,
    user_id  varchar(64) not null,
    role     varchar(64) not null
);
