create table integration_case (
    id              uuid        primary key,
    customer_number varchar(10) not null,
    legal_domain    varchar(8)  not null check (legal_domain in ('SGB_II', 'SGB_III')),
    agency          varchar(16) not null,
    team_x90        varchar(32) not null,
    counsellor      varchar(64) not null,
    phase           varchar(32) not null,
    opened_at       timestamptz not null,
    version         bigint      not null
);

create index integration_case_customer_number_idx on integration_case (customer_number);
create index integration_case_agency_idx on integration_case (agency);
