-- Freshness of each product's status: a maker confirms "no change" for a product without a new revision (one row
-- per product and confirmation, never updated); a product's last confirmation is the latest of its confirmations
-- and the report times of its status changes.
create table status_confirmation (
    id                bigint      generated always as identity primary key,
    yj_code           varchar(12) not null,
    confirmed_at      timestamptz not null,
    confirmed_by      text        not null,
    organisation_code text,
    bulk_job_id       uuid
);
create index status_confirmation_by_product on status_confirmation (yj_code, confirmed_at desc);
create index status_change_by_report_time on status_change (yj_code, reported_at desc);

-- The reminders sent to makers with stale limited or stopped products: at most one per maker and day (in Japan),
-- written in the transaction that appends the reminder's outbox event.
create table confirmation_reminder (
    manufacturer_code text        not null,
    reminded_on       date        not null,
    event_id          uuid        not null,
    products          integer     not null,
    sent_at           timestamptz not null,
    primary key (manufacturer_code, reminded_on)
);
