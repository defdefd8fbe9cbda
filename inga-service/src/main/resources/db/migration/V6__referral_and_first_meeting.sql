-- Referral (Zuweisung) of a case to an Inga team by the case's counsellor; the team accepts (the enrollment starts)
-- or declines with a reason from the catalogue. The decline note stays here, never in an event.
create table referral_decline_reason (
    code        varchar(64)  primary key,
    explanation varchar(300) not null
);
insert into referral_decline_reason (code, explanation) values
 ('NOT_COMPLEX', 'The needs can be met in the standard placement service'),
 ('EXCLUSION_CRITERION', 'A circumstance of the exclusion catalogue applies'),
 ('CUSTOMER_DECLINED', 'The customer does not want intensive counselling'),
 ('TEAM_AT_CAPACITY', 'The Inga team cannot take the customer on at present'),
 ('OTHER', 'Another reason, explained in the note');

create table referral (
    id             uuid         primary key,
    case_id        uuid         not null references case_replica (case_id),
    agency         varchar(16)  not null,
    from_team      varchar(32)  not null,
    to_team        varchar(32)  not null,
    referred_by    varchar(64)  not null,
    referred_on    date         not null,
    status         varchar(16)  not null,
    decided_by     varchar(64),
    decided_on     date,
    decline_reason varchar(64)  references referral_decline_reason (code),
    decline_note   varchar(4000),
    enrollment_id  uuid         references enrollment (id),
    version        bigint       not null default 0
);
-- one open referral per case: of concurrent referrals one wins
create unique index referral_one_open_per_case on referral (case_id) where status = 'OPEN';
create index referral_to_team on referral (to_team, status);

-- The agency's federal state decides its public holidays (working days to the first meeting); corrected by migration.
create table agency_federal_state (
    agency        varchar(16) primary key,
    federal_state varchar(8)  not null
);
insert into agency_federal_state (agency, federal_state) values
 ('311', 'nw'), ('411', 'by'), ('801', 'be'), ('911', 'sn');

-- The first meeting (Erstgespräch) after the acceptance: recorded once; a correction is a new row superseding it.
create table first_meeting (
    id              uuid         primary key,
    enrollment_id   uuid         not null references enrollment (id),
    held_on         date         not null,
    working_days    integer      not null,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null,
    superseded_by   uuid         references first_meeting (id) deferrable initially deferred,
    correction_note varchar(500)
);
create unique index first_meeting_one_current on first_meeting (enrollment_id) where superseded_by is null;
