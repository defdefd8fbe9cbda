-- A POST an agency system may retry with the same Idempotency-Key: its first success, replayed to every retry
-- within the window (idempotency.window), written in the transaction of the effect.
create table idempotent_request (
    caller          varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    status          integer,
    location        varchar(2048),
    body            text,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);

create index idempotent_request_created_at on idempotent_request (created_at);
