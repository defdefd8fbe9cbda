-- Qualification of Inga counsellors (DESIGN.md 1.2), from access-events: the team a role grant rests on (empty for
-- grants projected before this version until the next rebuild), certifications and reflection days.
alter table role_holding add column team varchar(32);

create table certification_fact (
    user_id             varchar(64) primary key,
    certification_group varchar(32) not null,
    certified_on        date        not null
);
create index certification_fact_group on certification_fact (certification_group);

create table reflection_day_fact (
    reflection_day_id   uuid        primary key,
    certification_group varchar(32) not null,
    planned_on          date        not null,
    status              varchar(16) not null
);
create index reflection_day_fact_group on reflection_day_fact (certification_group, status, planned_on);
