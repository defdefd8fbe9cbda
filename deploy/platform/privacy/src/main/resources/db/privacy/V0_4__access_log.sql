-- Access log (DESIGN.md 1.5): every read of social data naming a customer - who, when, which resource, which
-- customer, which endpoint. Written in the read's own transaction; only DATA_PROTECTION_OFFICER queries it.
create table access_log (
    id              bigserial    primary key,
    accessed_at     timestamptz  not null,
    user_id         varchar(64)  not null,
    resource_kind   varchar(32)  not null,
    resource_id     varchar(64)  not null,
    customer_number varchar(10),
    endpoint        varchar(300) not null
);
create index access_log_customer_idx on access_log (customer_number, accessed_at);
create index access_log_user_idx on access_log (user_id, accessed_at);
create index access_log_resource_idx on access_log (resource_id, accessed_at);
