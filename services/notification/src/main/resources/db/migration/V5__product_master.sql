-- The product projection also follows manufacturer-report's product master (topic products): the holder, the
-- supply-security class and the basic-drug flag, which matching by security class and severity need. A product can
-- now be known from its master record before any status was reported, so the status columns may be empty.
alter table product
    alter column shipment_response drop not null,
    alter column effective_date drop not null,
    alter column revision set default 0,
    add column product_name   text,
    add column master_version bigint not null default 0;
