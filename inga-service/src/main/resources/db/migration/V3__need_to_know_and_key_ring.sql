-- Replica of X90 team memberships from access-service's TeamMembershipChanged: leads of an enrollment's team read it.
create table team_membership_replica (
    user_id  varchar(64) not null,
    team     varchar(32) not null,
    function varchar(16) not null,
    primary key (user_id, team, function)
);
create index team_membership_replica_team_idx on team_membership_replica (team);
create index enrollment_team_idx on enrollment (team);
create index enrollment_counsellor_idx on enrollment (inga_counsellor);

-- A consent changes once (revoked): optimistic locking like the enrollment.
alter table consent add column version bigint not null default 0;

-- Key rotation: notes are re-encrypted under the active key in the background, audited without text.
alter table protected_note_audit drop constraint protected_note_audit_action_check;
alter table protected_note_audit add constraint protected_note_audit_action_check
    check (action in ('READ', 'WRITE', 'READ_DENIED', 'WRITE_DENIED', 'REENCRYPTED'));
create index protected_note_key_idx on protected_note (key_id);
