-- The worklist (Nachhaltung, DESIGN.md 1.4): open items with their due dates, from the events that set and meet them
-- and the timer events published when a due date passed unmet. Ids, codes and days only.
alter table case_fact add column counsellor varchar(64);
alter table case_fact add column restricted boolean not null default false;

create table worklist_item (
    kind           varchar(32) not null,
    subject_id     uuid        not null,
    case_id        uuid        not null,
    enrollment_id  uuid,
    agency         varchar(16) not null,
    team           varchar(32) not null,
    owner          varchar(64),
    due_on         date        not null,
    federal_state  varchar(2),
    timer_fired_at timestamptz,
    done           boolean     not null default false,
    primary key (kind, subject_id)
);
create index worklist_item_owner on worklist_item (owner, due_on) where not done;
create index worklist_item_team on worklist_item (team, due_on) where not done;
create index worklist_item_case on worklist_item (case_id);
create index worklist_item_enrollment on worklist_item (enrollment_id);
