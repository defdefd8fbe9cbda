-- A follow-up talk may plan the next one (Nachhaltung): a due date, watched as a timer (due_timer, module timers).
alter table follow_up add column next_follow_up_on date;
