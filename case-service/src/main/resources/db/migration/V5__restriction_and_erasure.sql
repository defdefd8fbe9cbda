-- Data lifecycle (DESIGN.md 1.6): a case can be restricted (frozen, Art. 18) and, once closed and past retention or on
-- the data protection officer's order, erased: its personal data deleted, an anonymous shell kept (erased_at set) so
-- that erasure is idempotent and late events of the case are recognised.
alter table integration_case
    alter column customer_number drop not null,
    add column restricted_at      timestamptz,
    add column restriction_reason varchar(500),
    add column erased_at          timestamptz,
    add constraint integration_case_erased_has_no_customer check (erased_at is null or customer_number is null);
create index integration_case_due_for_erasure_idx on integration_case (closed_at)
    where closed_at is not null and erased_at is null and restricted_at is null;

-- Notes stay append-only; the only way they go is with the erasure of their case.
create or replace function refuse_note_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from integration_case where id = old.case_id and erased_at is not null) then
        return old;
    end if;
    raise exception 'counselling notes are append-only';
end $$;
