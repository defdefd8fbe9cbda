-- An event may go to another topic than the channel's (e.g. a compacted topic of personal data), and may be a
-- tombstone (no payload), which erases its key from a compacted topic.
alter table outbox_event add column topic varchar(249);
alter table outbox_event alter column payload drop not null;
