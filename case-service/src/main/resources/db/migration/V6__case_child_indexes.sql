-- Every case answer reads the case's strategies, steps and follow-ups by case id, and the erasure deletes them by it:
-- without an index each of these was a scan of the whole table.
create index selected_strategy_case_idx on selected_strategy (case_id);
create index implementation_step_case_idx on implementation_step (case_id);
create index follow_up_case_idx on follow_up (case_id);
