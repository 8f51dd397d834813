-- Every field of the national supply-status list for a change: cause product, resolution outlook, shipment volume
-- and its expected improvement, and whether the effective date is anticipated or actual.
alter table status_change
    add column effective_date_certainty  text not null default 'ACTUAL',
    add column cause_yj_code             varchar(12),
    add column resolution_outlook        text,
    add column expected_resolution_date  date,
    add column shipment_volume           text,
    add column volume_improvement_date   date,
    add column volume_improvement_amount text;
