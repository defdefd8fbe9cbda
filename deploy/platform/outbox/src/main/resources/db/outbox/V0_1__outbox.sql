-- Transactional outbox: rows written in the same transaction as the state change, published by OutboxRelay.
create table outbox_event (
    id             uuid         primary key,
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(128) not null,
    event_type     varchar(128) not null,
    payload        text         not null,
    occurred_at    timestamptz  not null,
    sequence_no    bigserial    not null unique
);
