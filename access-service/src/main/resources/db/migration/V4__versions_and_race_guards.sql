-- Aggregates that change carry a version (optimistic locking): of two concurrent changes one wins, the other is a 409.
alter table team add column version bigint not null default 0;
alter table membership add column version bigint not null default 0;
alter table role_request add column version bigint not null default 0;
alter table role_grant add column version bigint not null default 0;

-- A membership brings a role at most once at a time, whichever requests or imports race for it.
create unique index role_grant_active_idx on role_grant (membership_id, role) where revoked_at is null;
