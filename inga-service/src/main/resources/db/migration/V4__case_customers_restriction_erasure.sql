-- The customer number of each case now comes from the compacted topic case-customers alone (case events carry none),
-- kept here until its tombstone erases it.
create table case_customer (
    case_id         uuid        primary key,
    customer_number varchar(10) not null
);
insert into case_customer (case_id, customer_number) select case_id, customer_number from case_replica;
alter table case_replica drop column customer_number;

-- A restricted case freezes its Inga data (CaseRestricted / CaseRestrictionLifted); an erased one keeps a shell only.
alter table case_replica
    add column restricted boolean not null default false,
    add column erased     boolean not null default false;
create index enrollment_customer_idx on enrollment (customer_number);
create index protected_note_audit_at_idx on protected_note_audit (at);
