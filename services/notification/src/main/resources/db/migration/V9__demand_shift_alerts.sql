-- Demand-shift warnings: when a product becomes limited or stopped, facilities that follow a same-ingredient,
-- same-form, same-strength product still shipping normally (or not yet reported) are told early that demand will
-- move to it. A subscription takes them unless its facility opted out.
alter table subscription add column demand_shift_alerts boolean not null default true;

-- Alert kinds are a closed set (AlertKind in code); the column holds the enum's name and nothing else.
alter table alert add constraint alert_kind check (kind in ('SUPPLY_STATUS', 'DEMAND_SHIFT', 'MALDISTRIBUTION',
    'ALLOCATION', 'NOTICE', 'NOTICE_WITHDRAWN', 'DIGEST'));
