-- Qualification of Inga counsellors (DESIGN.md 1.2 [directive]): the certification (Zertifizierung Inga) in a
-- certification group, the group's annual reflection day (Reflexionstag) proposed by a certified member and decided
-- by a lead of the proposer's team, and supervision on request after certification, decided the same way.
create table certification (
    id                  uuid        primary key,
    user_id             varchar(64) not null,
    certification_group varchar(32) not null,
    certified_on        date        not null,
    recorded_by         varchar(64) not null,
    recorded_at         timestamptz not null,
    version             bigint      not null default 0,
    constraint certification_one_per_user unique (user_id)
);
create index certification_group_idx on certification (certification_group);

create table reflection_day (
    id                  uuid        primary key,
    certification_group varchar(32) not null,
    planned_on          date        not null,
    status              varchar(16) not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    proposed_by         varchar(64) not null,
    proposed_at         timestamptz not null,
    decided_by          varchar(64),
    decided_at          timestamptz,
    reject_reason       varchar(500),
    version             bigint      not null default 0,
    check ((status = 'REQUESTED') = (decided_at is null)),
    check (decided_by <> proposed_by)
);
-- one reflection day a year per group: a proposal that is pending or approved holds the year
create unique index reflection_day_one_per_group_and_year
    on reflection_day (certification_group, (extract(year from planned_on))) where status <> 'REJECTED';

create table supervision_request (
    id            uuid        primary key,
    user_id       varchar(64) not null,
    status        varchar(16) not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_at  timestamptz not null,
    decided_by    varchar(64),
    decided_at    timestamptz,
    reject_reason varchar(500),
    version       bigint      not null default 0,
    check ((status = 'REQUESTED') = (decided_at is null)),
    check (decided_by <> user_id)
);
create unique index supervision_request_pending_idx on supervision_request (user_id) where status = 'REQUESTED';
