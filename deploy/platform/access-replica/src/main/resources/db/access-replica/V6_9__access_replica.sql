-- The replica of access-service's X90 team memberships and deputyships (module access-replica). Created here if the
-- service does not have them yet; a service that kept them under other names moves them in a migration of its own.
-- Unlike the other shared modules' migrations (0.x) this one is 6.9: after inga-service's V2 and V3, which created
-- these tables there before the module existed, and before case-service's V7, which moves its own copies here.
create table if not exists team_membership_replica (
    user_id  varchar(64) not null,
    team     varchar(32) not null,
    function varchar(16) not null,
    primary key (user_id, team, function)
);
create index if not exists team_membership_replica_team_idx on team_membership_replica (team);

-- Deputies (Vertretungen), both days included.
create table if not exists deputy_replica (
    deputyship_id uuid        primary key,
    counsellor_id varchar(64) not null,
    deputy_id     varchar(64) not null,
    valid_from    date        not null,
    valid_until   date        not null
);
create index if not exists deputy_replica_counsellor_idx on deputy_replica (counsellor_id, deputy_id);
create index if not exists deputy_replica_deputy_idx on deputy_replica (deputy_id, valid_until);
