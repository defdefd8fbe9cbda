-- The replica of memberships and deputyships moves to the shared module access-replica (tables team_membership_replica
-- and deputy_replica, created by its migration V6_9): what was kept under the old names moves there.
insert into team_membership_replica (user_id, team, function)
select user_id, team_x90, function from team_membership
on conflict do nothing;
insert into deputy_replica (deputyship_id, counsellor_id, deputy_id, valid_from, valid_until)
select deputyship_id, counsellor_id, deputy_id, valid_from, valid_until from deputyship_replica
on conflict do nothing;
drop table team_membership;
drop table deputyship_replica;
