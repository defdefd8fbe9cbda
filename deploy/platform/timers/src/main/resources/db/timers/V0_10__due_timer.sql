-- Due dates the service watches (module timers): one timer per kind and subject (a step, an enrollment, ...), fired
-- once on or after fires_on unless cancelled first. fired_at set marks it fired; such a row stays, so that the timer
-- never fires twice, even if its subject is reopened. Ids and days only, no personal data.
create table due_timer (
    kind         varchar(48) not null,
    subject_id   uuid        not null,
    aggregate_id uuid        not null,
    due_on       date        not null,
    fires_on     date        not null,
    fired_at     timestamptz,
    primary key (kind, subject_id)
);
create index due_timer_pending on due_timer (fires_on) where fired_at is null;
create index due_timer_aggregate on due_timer (aggregate_id);
