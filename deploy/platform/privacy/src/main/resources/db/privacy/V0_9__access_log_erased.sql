-- Resources whose erasure removed the customer number from the access log: a read that was under way while the
-- erasure ran writes its entry after it without the number (AccessLog, AccessLogErasure). Ids only; a marker is
-- needed only while such reads can still be under way and goes with the access log's daily retention job.
create table access_log_erased (
    resource_id varchar(64) primary key,
    erased_at   timestamptz not null
);
