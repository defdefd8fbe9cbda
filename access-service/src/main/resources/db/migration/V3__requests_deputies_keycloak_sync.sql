-- Role requests (IM-Webshop workflow): request -> approve/reject; an approved request grants the role, resting on
-- the qualifying membership so that it lapses when that membership ends.
create table role_request (
    id             uuid        primary key,
    user_id        varchar(64) not null,
    role           varchar(64) not null,
    team_x90       varchar(32) not null references team (x90),
    membership_id  uuid        not null references membership (id),
    status         varchar(16) not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by   varchar(64) not null,
    requested_at   timestamptz not null,
    decided_by     varchar(64),
    decided_at     timestamptz,
    reject_reason  varchar(500),
    check ((status = 'REQUESTED') = (decided_at is null))
);
create unique index role_request_pending_idx on role_request (user_id, role) where status = 'REQUESTED';

alter table role_grant add column request_id uuid references role_request (id);

-- Deputies (Vertretungen) of a counsellor for a period.
create table deputyship (
    id            uuid        primary key,
    counsellor_id varchar(64) not null,
    deputy_id     varchar(64) not null,
    valid_from    date        not null,
    valid_until   date        not null,
    assigned_by   varchar(64) not null,
    assigned_at   timestamptz not null,
    check (deputy_id <> counsellor_id),
    check (valid_until >= valid_from)
);
create index deputyship_counsellor_idx on deputyship (counsellor_id);

-- Users whose realm roles in Keycloak must be brought in line with their active grants. Written in the
-- transaction of the grant or revocation; removed once Keycloak has been updated (retried with backoff until then).
create table keycloak_sync (
    user_id     varchar(64) primary key,
    generation  bigint      not null,
    reason      varchar(16) not null check (reason in ('GRANT_CHANGE', 'RECONCILE')),
    due_at      timestamptz not null,
    attempts    int         not null default 0,
    last_error  varchar(500)
);
create index keycloak_sync_due_idx on keycloak_sync (due_at);
