-- Maldistribution findings: one row per finding, its current state and the last event published about it.
-- A condition (rule + subject, per ingredient) has at most one open finding at a time.
create table finding (
    finding_id       uuid        primary key,
    rule             text        not null,
    subject_key      text        not null,
    ingredient_key   varchar(7)     not null,
    yj_code          varchar(12),
    prefecture_code  varchar(2),
    status           text        not null check (status in ('OPEN', 'RESOLVED')),
    revision         bigint      not null check (revision >= 1),
    fingerprint      text        not null,
    facility_codes   text[]      not null,
    wholesaler_codes text[]      not null,
    detected_at      timestamptz not null,
    resolved_at      timestamptz,
    updated_at       timestamptz not null,
    event            jsonb       not null
);
create unique index finding_open_once on finding (ingredient_key, rule, subject_key) where status = 'OPEN';
create index finding_by_ingredient on finding (ingredient_key, status);
create index finding_by_facility on finding using gin (facility_codes);
create index finding_by_wholesaler on finding using gin (wholesaler_codes);

-- Allocation plans: one row per computation of a (product, wholesaler) plan, revisions from 1; the newest is current.
create table allocation_plan (
    plan_id         uuid        primary key,
    yj_code         varchar(12) not null,
    ingredient_key  varchar(7)     not null,
    wholesaler_code text        not null,
    revision        bigint      not null check (revision >= 1),
    period_start    date        not null,
    period_end      date        not null,
    supply_units    bigint      not null,
    policy          text        not null,
    trigger         text        not null,
    fingerprint     text        not null,
    computed_at     timestamptz not null,
    unique (yj_code, wholesaler_code, revision)
);
create index allocation_plan_by_ingredient on allocation_plan (ingredient_key);
create index allocation_plan_by_wholesaler on allocation_plan (wholesaler_code);

create table allocation_line (
    plan_id         uuid     not null references allocation_plan (plan_id),
    facility_code   varchar(10) not null,
    prefecture_code varchar(2)  not null,
    baseline_units  bigint   not null,
    floor_units     bigint   not null,
    quota_units     bigint   not null,
    new_customer    boolean  not null,
    primary key (plan_id, facility_code)
);
create index allocation_line_by_facility on allocation_line (facility_code);
