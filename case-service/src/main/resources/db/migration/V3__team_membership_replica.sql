-- Replica of X90 team memberships from access-service's TeamMembershipChanged events, for object-level access.
create table team_membership (
    user_id  varchar(64) not null,
    team_x90 varchar(32) not null,
    function varchar(16) not null,
    primary key (user_id, team_x90, function)
);
