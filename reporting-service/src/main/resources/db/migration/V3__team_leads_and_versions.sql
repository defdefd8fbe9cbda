-- Leads of every X90 team (of any type), from TeamMembershipChanged: rows of reports go to leads of their team only.
create table team_lead (
    user_id varchar(64) not null,
    team    varchar(32) not null,
    primary key (user_id, team)
);

-- Facts that change (profiling completed, exit) are versioned: the live consumers and a rebuild may meet on one.
alter table case_fact add column version bigint not null default 0;
alter table enrollment_fact add column version bigint not null default 0;
