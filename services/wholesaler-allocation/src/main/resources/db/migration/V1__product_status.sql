-- Per product, the current shipment status as the newest applied supply-status event reported it.
-- One row per product; a row only moves forward in revision.
create table product_status (
    yj_code           varchar(12) primary key,
    revision          bigint      not null,
    shipment_response text        not null,
    reason            text,
    effective_date    date        not null,
    reported_at       timestamptz not null,
    updated_at        timestamptz not null,
    last_event_id     uuid        not null
);
