-- Cooperation-request notices (事務連絡): drafted, reviewed, published, followed up, withdrawn.
create table notice (
    id                    uuid        primary key,
    status                text        not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    issued_on             date,
    addressees            text[]      not null,
    -- whom it reaches beyond the facilities that stock a target product: organisations by code, facility kinds
    addressee_orgs        text[]      not null default '{}',
    target_facility_kinds text[]      not null default '{}',
    issuer                text        not null,
    title                 text        not null,
    background            text        not null,
    requests              text[]      not null,
    target_yj_codes       text[]      not null default '{}',
    target_names          text[]      not null default '{}',
    consultation_desk     text        not null,
    follows_up            text[]      not null default '{}',
    drafted_by            text        not null,
    reviewed_by           text,
    revision              int         not null default 1,
    recipients            int,
    fanout_ms             int,
    published_at          timestamptz,
    withdrawn_at          timestamptz,
    withdrawal_reason     text,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index notice_by_status on notice (status, published_at desc);
