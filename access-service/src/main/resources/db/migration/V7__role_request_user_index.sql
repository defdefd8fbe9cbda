-- A user's role requests, of every status (GET /role-requests?userId=, the grant's reconciliation), by user id; the
-- unique index of pending requests covers only those.
create index role_request_user_idx on role_request (user_id);
