-- Referrals to Inga teams and first meetings (DESIGN.md 1.2 [sourced]), from inga-events; rebuilt like every fact.
create table referral_fact (
    referral_id    uuid        primary key,
    case_id        uuid        not null,
    agency         varchar(16) not null,
    team           varchar(32) not null,
    referred_on    date        not null,
    outcome        varchar(16) not null,
    decline_reason varchar(64),
    decided_on     date
);
create index referral_fact_case on referral_fact (case_id, outcome);

create table first_meeting_fact (
    enrollment_id uuid    primary key,
    held_on       date    not null,
    working_days  integer not null
);
