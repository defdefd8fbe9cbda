-- The W3C trace context of the transaction that recorded the event, so that the event continues the request's trace.
alter table outbox_event add column trace_parent varchar(55);
