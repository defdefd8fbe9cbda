-- The effect of the test application's idempotent POST: one row per request that really ran.
create table thing (
    id   uuid         primary key,
    name varchar(100) not null
);
