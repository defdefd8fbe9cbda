-- The transaction that recorded the event: the relay publishes only events of transactions older than the oldest
-- still running one, in transaction order, so no event of an older transaction comes out after a newer one's.
alter table outbox_event add column tx_id xid8 not null default pg_current_xact_id();
create index outbox_event_tx_idx on outbox_event (tx_id, sequence_no);
