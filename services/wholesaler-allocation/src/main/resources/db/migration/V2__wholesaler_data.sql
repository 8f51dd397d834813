-- What wholesalers post about their customer facilities (orders, shipments, stock on hand), their own supply of a
-- product for a period, and the "cannot obtain" reports facilities post themselves.

-- One counting unit per product (錠, カプセル, mL ...): the first post fixes it; a post in another unit is refused.
create table product_unit (
    yj_code       varchar(12) primary key,
    unit          text        not null,
    first_seen_at timestamptz not null default now()
);

-- Orders, shipments and stock on hand, per wholesaler, customer facility and product. One row per
-- (wholesaler, kind, reference): a record posted again under the same reference replaces the earlier one.
create table wholesaler_record (
    id              bigserial   primary key,
    kind            text        not null check (kind in ('ORDER', 'SHIPMENT', 'STOCK')),
    wholesaler_code text        not null,
    reference       text        not null,
    facility_code   varchar(10)    not null,
    prefecture_code varchar(2)     not null,
    yj_code         varchar(12) not null,
    ingredient_key  varchar(7)     not null,
    day             date        not null,
    units           bigint      not null check (units >= 0),
    recorded_at     timestamptz not null default now(),
    unique (wholesaler_code, kind, reference)
);
-- The recomputation reads one ingredient's records of one kind over a window of days.
create index wholesaler_record_by_ingredient on wholesaler_record (ingredient_key, kind, day);
create index wholesaler_record_by_facility on wholesaler_record (facility_code, yj_code, kind, day);

-- A wholesaler's supply of a product for a period: its quota from the manufacturer, or what it has.
create table wholesaler_supply (
    wholesaler_code text        not null,
    yj_code         varchar(12) not null,
    ingredient_key  varchar(7)     not null,
    period_start    date        not null,
    period_end      date        not null check (period_end >= period_start),
    supply_units    bigint      not null check (supply_units >= 0),
    updated_at      timestamptz not null default now(),
    primary key (wholesaler_code, yj_code, period_start)
);

-- "Cannot obtain" (入手困難) reports, posted by facilities: one per facility, product and day.
create table cannot_obtain_report (
    id              uuid        primary key,
    facility_code   varchar(10)    not null,
    prefecture_code varchar(2)     not null,
    yj_code         varchar(12) not null,
    ingredient_key  varchar(7)     not null,
    reported_on     date        not null,
    note            text,
    created_at      timestamptz not null default now(),
    unique (facility_code, yj_code, reported_on)
);
create index cannot_obtain_report_by_ingredient on cannot_obtain_report (ingredient_key, reported_on);
