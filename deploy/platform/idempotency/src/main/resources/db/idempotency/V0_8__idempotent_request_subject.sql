-- The resource a stored answer names (a case, an enrollment): when it is erased, the stored answer is withdrawn in the
-- erasure's transaction, so that a retry gets 410 instead of the erased data.
alter table idempotent_request add column subject_id varchar(64);
alter table idempotent_request add column withdrawn_at timestamptz;
create index idempotent_request_subject on idempotent_request (subject_id) where subject_id is not null;
