-- The agency's federal state from InsetEnrolled (schema version 3): the working days an open acceptance has waited
-- for its first meeting leave out that state's public holidays. Empty for older events: nationwide holidays only.
alter table enrollment_fact add column federal_state varchar(2);
create index enrollment_fact_open_without_meeting on enrollment_fact (enrolled_on) where exit_date is null;
