-- GET /enrollments?agency= and the reports' counts per agency.
create index enrollment_agency_idx on enrollment (agency);
