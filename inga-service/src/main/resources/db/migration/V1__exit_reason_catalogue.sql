-- Exit-reason catalogue (Beendigungsgründe). Reference data agency experts may correct by migration, not code.
create table exit_reason (
    code                    varchar(64)  primary key,
    valid                   boolean      not null,
    requires_text           boolean      not null default false,
    min_months_in_inga      integer      not null default 0 check (min_months_in_inga >= 0),
    explanation             varchar(500) not null
);

insert into exit_reason (code, valid, requires_text, min_months_in_inga, explanation) values
 ('INTEGRATED_EMPLOYMENT', true, false, 0, 'Integrated into employment'),
 ('INTEGRATED_TRAINING', true, false, 0, 'Integrated into vocational training'),
 ('NEEDS_RESOLVED_RETURN_TO_STANDARD_PLACEMENT', true, false, 0, 'Needs for action resolved; return to standard placement'),
 ('CHANGE_TO_SGB_II', true, false, 0, 'Customer changed to the legal domain SGB II'),
 ('MOVED_OR_OTHER_AGENCY', true, false, 0, 'Customer moved or is served by another agency'),
 ('DEREGISTERED', true, false, 0, 'Customer deregistered'),
 ('LONG_TERM_INCAPACITY_OR_PENSION', true, false, 0, 'Long-term incapacity for work or pension'),
 ('MAX_DURATION_REACHED', true, false, 0, 'Maximum duration of 24 months reached; ended by the service'),
 ('COUNSELLING_NOT_PURPOSEFUL', true, true, 6, 'Counselling not purposeful: only after at least 6 months, for lack of willingness to cooperate, with written justification and the Inga service portfolio exhausted'),
 ('OTHER', true, true, 0, 'Other reason, described in text'),
 ('NEW_NEEDS_FOR_ACTION', false, false, 0, 'New needs for action arising during Inga are never a reason to end Inga'),
 ('WORSE_INTEGRATION_PROGNOSIS', false, false, 0, 'A worse integration prognosis alone is never a reason to end Inga');
