-- The 2025 amendment of the 薬機法 (令和7年法律第37号).

-- 供給体制管理責任者: each manufacturer names one. An appointment is never updated: a replacement is a new row, so the
-- history stays; the organisation's manager is its latest row.
create table supply_manager (
    id                bigint      generated always as identity primary key,
    organisation_code text        not null,
    name              text        not null,
    title             text        not null,
    email             text        not null,
    phone             text        not null,
    appointed_on      date        not null,
    recorded_at       timestamptz not null,
    recorded_by       text        not null
);
create index supply_manager_by_organisation on supply_manager (organisation_code, id desc);

-- 供給不安報告 (18条の3): confidential between the maker and the regulator; never published, never on Kafka.
-- A report is OPEN until the maker records a limited or stopped status for the product (FOLLOWED, naming that
-- change) or withdraws it (WITHDRAWN). At most one report per product is open.
create table supply_risk_report (
    id                       uuid        primary key,
    yj_code                  varchar(12) not null,
    organisation_code        text        not null,
    expected_response        text        not null,
    expected_from            date        not null,
    reason                   text        not null,
    expected_volume          text,
    details                  text,
    state                    text        not null,
    submitted_at             timestamptz not null,
    submitted_by             text        not null,
    followed_change_id       bigint,
    followed_revision        bigint,
    followed_effective_date  date,
    followed_at              timestamptz,
    withdrawn_at             timestamptz,
    withdrawal_reason        text
);
create unique index supply_risk_report_open_per_product on supply_risk_report (yj_code) where state = 'OPEN';
create index supply_risk_report_by_product on supply_risk_report (yj_code, submitted_at);
create index supply_risk_report_by_organisation on supply_risk_report (organisation_code, submitted_at desc);

-- 出荷停止等の届出 (18条の4): a change to supply stopped, or with shipment volume C or D, is a stoppage notice and
-- names the holder's supply-system manager as the appointment stood when it was recorded (null where none was named).
-- Changes recorded before this migration are no notices.
alter table status_change
    add column stoppage_notice       boolean not null default false,
    add column manager_named         boolean,
    add column supply_manager_id     bigint,
    add column supply_manager_name   text,
    add column supply_manager_title  text;
create index status_change_notice_without_manager on status_change (effective_date)
    where stoppage_notice and not manager_named;
