-- Reference data of the 4PM ([default] entries of DESIGN.md 1.1): agency experts correct them by migration, not code.

create table key_dimension (
    code                  varchar(32)  primary key,
    counts_for_complexity boolean      not null,
    description           varchar(300) not null
);
insert into key_dimension (code, counts_for_complexity, description) values
 ('QUALIFICATION', true, 'Qualifikation'),
 ('PERFORMANCE', true, 'Leistungsfähigkeit'),
 ('MOTIVATION', false, 'Motivation'),
 ('FRAMEWORK_CONDITIONS', true, 'Rahmenbedingungen'),
 ('LABOUR_MARKET_CONDITIONS', true, 'Arbeitsmarktbedingungen');

create table profile_category (
    code        varchar(32)  primary key,
    complex     boolean      not null,
    description varchar(300) not null
);
insert into profile_category (code, complex, description) values
 ('MARKET', false, 'Marktprofil: no need for action'),
 ('ACTIVATION', false, 'Aktivierungsprofil: need for action in motivation only'),
 ('SUPPORT', false, 'Förderprofil: need for action in at most one other key dimension; integration expected within 12 months'),
 ('DEVELOPMENT', true, 'Entwicklungsprofil: complex; integration expected after more than 12 months'),
 ('STABILISATION', true, 'Stabilisierungsprofil: complex, need in performance; integration expected after more than 12 months'),
 ('ASSISTANCE', true, 'Unterstützungsprofil: complex, need in framework conditions; integration expected after more than 12 months');

-- Derivation of the profile category (Profillage): the first rule by rank that the need dimensions meet wins.
-- "counted" dimensions are the distinct need dimensions that count for complexity (all but motivation).
create table profile_category_rule (
    rank               integer     primary key,
    category           varchar(32) not null references profile_category (code),
    required_dimension varchar(32) references key_dimension (code),
    min_counted        integer     not null default 0 check (min_counted >= 0),
    max_counted        integer     check (max_counted >= 0)
);
insert into profile_category_rule (rank, category, required_dimension, min_counted, max_counted) values
 (10, 'ACTIVATION', 'MOTIVATION', 0, 0),
 (20, 'MARKET', null, 0, 0),
 (30, 'SUPPORT', null, 1, 1),
 (40, 'STABILISATION', 'PERFORMANCE', 2, null),
 (50, 'ASSISTANCE', 'FRAMEWORK_CONDITIONS', 2, null),
 (60, 'DEVELOPMENT', null, 2, null);

create table action_strategy (
    code        varchar(64)  primary key,
    dimension   varchar(32)  not null references key_dimension (code),
    description varchar(300) not null
);
insert into action_strategy (code, dimension, description) values
 ('VOCATIONAL_QUALIFICATION', 'QUALIFICATION', 'Berufliche Qualifizierung'),
 ('LANGUAGE_SUPPORT', 'QUALIFICATION', 'Sprachförderung'),
 ('HEALTH_STABILISATION', 'PERFORMANCE', 'Gesundheitliche Stabilisierung'),
 ('MOTIVATION_ACTIVATION', 'MOTIVATION', 'Aktivierung und Motivation'),
 ('CHILDCARE_ARRANGEMENT', 'FRAMEWORK_CONDITIONS', 'Kinderbetreuung organisieren'),
 ('DEBT_COUNSELLING', 'FRAMEWORK_CONDITIONS', 'Schuldnerberatung'),
 ('MOBILITY_SUPPORT', 'LABOUR_MARKET_CONDITIONS', 'Mobilität fördern'),
 ('JOB_SEARCH_EXTENSION', 'LABOUR_MARKET_CONDITIONS', 'Suchradius und Zielberufe erweitern');

create table note_type (
    code        varchar(32)  primary key,
    description varchar(300) not null
);
insert into note_type (code, description) values
 ('PROFILING_ASSESSMENT', 'Beratungsvermerk zur Standortbestimmung (may hold the conclusion)'),
 ('COUNSELLING', 'Beratungsvermerk'),
 ('FOLLOW_UP', 'Vermerk zum Folgegespräch'),
 ('HANDOVER', 'Vermerk zur Übergabe');

alter table integration_case
    add column conclusion       varchar(4000),
    add column profile_category varchar(32) references profile_category (code),
    add column goal_kind        varchar(32),
    add column goal_description varchar(1000),
    add column goal_target_date date,
    add column inga_enrolled    boolean not null default false,
    add column closed_at        timestamptz,
    add column close_reason     varchar(32);

create table strength (
    case_id     uuid          not null references integration_case (id),
    position    integer       not null,
    description varchar(1000) not null,
    primary key (case_id, position)
);

create table need_for_action (
    id          uuid          primary key,
    case_id     uuid          not null references integration_case (id),
    dimension   varchar(32)   not null references key_dimension (code),
    description varchar(1000) not null
);
create index need_for_action_case_idx on need_for_action (case_id);

-- Beratungsvermerke are history: append-only, enforced by the database as well.
create table counselling_note (
    id          uuid           primary key,
    case_id     uuid           not null references integration_case (id),
    note_type   varchar(32)    not null references note_type (code),
    author      varchar(64)    not null,
    recorded_at timestamptz    not null,
    text        varchar(10000) not null
);
create index counselling_note_case_idx on counselling_note (case_id, recorded_at);

create function refuse_note_change() returns trigger language plpgsql as $$
begin
    raise exception 'counselling notes are append-only';
end;
$$;
create trigger counselling_note_append_only before update or delete on counselling_note
    for each row execute function refuse_note_change();

create table phase_transition (
    id              uuid        primary key,
    case_id         uuid        not null references integration_case (id),
    from_phase      varchar(32),
    to_phase        varchar(32) not null,
    transitioned_at timestamptz not null,
    transitioned_by varchar(64) not null,
    cause           varchar(32) not null
);
create index phase_transition_case_idx on phase_transition (case_id, transitioned_at);

create table selected_strategy (
    id            uuid        primary key,
    case_id       uuid        not null references integration_case (id),
    strategy_code varchar(64) not null references action_strategy (code),
    need_id       uuid        not null references need_for_action (id) on delete cascade,
    selected_at   timestamptz not null
);

create table implementation_step (
    id          uuid          primary key,
    case_id     uuid          not null references integration_case (id),
    kind        varchar(32)   not null,
    description varchar(1000) not null,
    responsible varchar(32)   not null,
    due_date    date          not null,
    status      varchar(16)   not null
);

create table follow_up (
    id                uuid          primary key,
    case_id           uuid          not null references integration_case (id),
    held_on           date          not null,
    progress          varchar(4000) not null,
    reopens_profiling boolean       not null
);
