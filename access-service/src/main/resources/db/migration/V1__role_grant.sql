-- Role grants: the source of truth for the roles synchronised to Keycloak. Each grant has a cause.
create table role_grant (
    id         uuid        primary key,
    user_id    varchar(64) not null,
    role       varchar(64) not null,
    cause      varchar(32) not null,
    team_x90   varchar(32),
    granted_at timestamptz not null,
    revoked_at timestamptz
);

create index role_grant_user_idx on role_grant (user_id) where revoked_at is null;
