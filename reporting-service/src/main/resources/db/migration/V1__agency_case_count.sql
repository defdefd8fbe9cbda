create table agency_case_count (
    agency       varchar(16) primary key,
    opened_cases bigint      not null check (opened_cases >= 0)
);
