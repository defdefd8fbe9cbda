-- Erased cases (CaseErased): their facts keep counting, but no report row names their case or enrollment any more.
alter table case_fact add column erased boolean not null default false;
alter table enrollment_fact add column erased boolean not null default false;
