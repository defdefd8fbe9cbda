-- Replicas of what inga-service needs from other services' events (never read from their databases).
create table case_replica (
    case_id          uuid        primary key,
    customer_number  varchar(10) not null,
    legal_domain     varchar(8)  not null,
    agency           varchar(16) not null,
    team             varchar(32) not null,
    profile_category varchar(32),
    closed           boolean     not null default false
);

create table role_grant_replica (
    grant_id uuid        primary key,
    user_id  varchar(64) not null,
    role     varchar(64) not null,
    team     varchar(32),
    active   boolean     not null
);
create index role_grant_replica_user_idx on role_grant_replica (user_id) where active;

create table deputy_replica (
    deputyship_id uuid        primary key,
    counsellor_id varchar(64) not null,
    deputy_id     varchar(64) not null,
    valid_from    date        not null,
    valid_until   date        not null
);
create index deputy_replica_counsellor_idx on deputy_replica (counsellor_id, deputy_id);

-- Eligibility reference data [default]: profile categories that admit to Inga, and exclusion criteria.
create table eligible_profile_category (
    code        varchar(32)  primary key,
    explanation varchar(200) not null
);
insert into eligible_profile_category (code, explanation) values
 ('DEVELOPMENT', 'Entwicklungsprofil: complex, integration expected after more than 12 months'),
 ('STABILISATION', 'Stabilisierungsprofil: complex, integration expected after more than 12 months'),
 ('ASSISTANCE', 'Unterstützungsprofil: complex, integration expected after more than 12 months');

create table exclusion_criterion (
    code        varchar(64)  primary key,
    explanation varchar(300) not null
);
insert into exclusion_criterion (code, explanation) values
 ('VOCATIONAL_REHABILITATION', 'The customer is in vocational rehabilitation (berufliche Rehabilitation)'),
 ('CASE_CLOSED', 'The customer''s case is closed'),
 ('SGB_II_BENEFITS', 'The customer receives SGB II benefits and is served by the jobcentre');

-- Exit reasons applied by the service itself, and the portfolio statement.
alter table exit_reason
    add column applied_by_service boolean not null default false,
    add column requires_portfolio_exhausted boolean not null default false;
update exit_reason set applied_by_service = true where code = 'MAX_DURATION_REACHED';
update exit_reason set requires_portfolio_exhausted = true where code = 'COUNSELLING_NOT_PURPOSEFUL';

-- Enrollment (Einmündung) of a customer into Inga; at most one open enrollment per customer.
create table enrollment (
    id                   uuid        primary key,
    case_id              uuid        not null,
    customer_number      varchar(10) not null,
    agency               varchar(16) not null,
    team                 varchar(32) not null,
    inga_counsellor      varchar(64) not null,
    enrolled_on          date        not null,
    latest_end_date      date        not null,
    status               varchar(8)  not null check (status in ('OPEN', 'ENDED')),
    exit_reason          varchar(64) references exit_reason (code),
    exit_date            date,
    months_in_inga       integer,
    exit_justification   varchar(4000),
    portfolio_exhausted  boolean,
    version              bigint      not null default 0,
    check ((status = 'ENDED') = (exit_reason is not null)),
    check (exit_date is null or (exit_date >= enrolled_on and exit_date <= latest_end_date))
);
create unique index enrollment_one_open_per_customer on enrollment (customer_number) where status = 'OPEN';
create index enrollment_due_idx on enrollment (latest_end_date) where status = 'OPEN';
create index enrollment_case_idx on enrollment (case_id);

create table contact (
    id             uuid        primary key,
    enrollment_id  uuid        not null references enrollment (id),
    form           varchar(16) not null check (form in ('IN_PERSON', 'PHONE', 'VIDEO', 'WRITTEN', 'GROUP')),
    contact_date   date        not null,
    with_externals boolean     not null,
    recorded       boolean     not null,
    recorded_by    varchar(64) not null,
    recorded_at    timestamptz not null
);
create index contact_enrollment_idx on contact (enrollment_id);

create table consent (
    id            uuid        primary key,
    enrollment_id uuid        not null references enrollment (id),
    type          varchar(32) not null check (type in ('THIRD_PARTY_CASE_CONFERENCE', 'VIDEO_AUDIO_RECORDING')),
    given_on      date        not null,
    scope         varchar(500) not null,
    revoked_on    date,
    check (revoked_on is null or revoked_on >= given_on)
);
create index consent_enrollment_idx on consent (enrollment_id);

-- The protected note (geschütztes Textfeld): AES-GCM ciphertext only; never the plaintext.
create table protected_note (
    enrollment_id uuid        primary key references enrollment (id),
    key_id        varchar(32) not null,
    nonce         bytea       not null,
    ciphertext    bytea       not null,
    written_by    varchar(64) not null,
    written_at    timestamptz not null,
    version       bigint      not null default 0
);

-- Who read or wrote (or was refused) the protected note of which enrollment, and when.
create table protected_note_audit (
    id            bigserial   primary key,
    enrollment_id uuid        not null,
    user_id       varchar(64) not null,
    action        varchar(16) not null check (action in ('READ', 'WRITE', 'READ_DENIED', 'WRITE_DENIED')),
    at            timestamptz not null
);
create index protected_note_audit_enrollment_idx on protected_note_audit (enrollment_id);
