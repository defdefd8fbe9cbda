-- While the customer is enrolled in Inga the Inga flag steers access (DESIGN.md 1.5): the enrollment's Inga
-- counsellor and his or her current deputies work the case, the original team reads. Kept from inga-service's events.
alter table integration_case
    add column inga_enrollment_id uuid,
    add column inga_team          varchar(32),
    add column inga_counsellor    varchar(64);
create index integration_case_team_idx on integration_case (team_x90);
create index integration_case_inga_team_idx on integration_case (inga_team) where inga_team is not null;
create index integration_case_inga_counsellor_idx on integration_case (inga_counsellor) where inga_counsellor is not null;

-- Deputies (Vertretungen) from access-service's DeputyAssigned, both days included.
create table deputyship_replica (
    deputyship_id uuid        primary key,
    counsellor_id varchar(64) not null,
    deputy_id     varchar(64) not null,
    valid_from    date        not null,
    valid_until   date        not null
);
create index deputyship_replica_deputy_idx on deputyship_replica (deputy_id, valid_until);

-- Agreed steps change (done, open again): optimistic locking like the case itself.
alter table implementation_step add column version bigint not null default 0;
