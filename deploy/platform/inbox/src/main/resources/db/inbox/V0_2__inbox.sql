-- Idempotent inbox: the id of every event whose effect has been committed, written in the same transaction.
create table processed_event (
    event_id     varchar(128) primary key,
    event_type   varchar(128) not null,
    processed_at timestamptz  not null default now()
);
