-- A facility's subscription to one product, delivered by signed webhook.
create table subscription (
    id            uuid        primary key,
    facility_code varchar(10) not null,
    yj_code       varchar(12) not null,
    webhook_url   text        not null,
    secret        text        not null,
    active        boolean     not null default true,
    created_at    timestamptz not null default now()
);
create index subscription_by_product on subscription (yj_code) where active;
create index subscription_by_facility on subscription (facility_code);

-- What subscribers are told about one cause event, rendered once and shared by all its deliveries.
create table alert (
    cause_event_id uuid        primary key,
    yj_code        varchar(12) not null,
    payload        text        not null,
    created_at     timestamptz not null default now()
);

-- The delivery ledger: one row per (cause, recipient, channel), never two; attempts hang off it.
create table delivery (
    id              uuid        primary key,
    cause_event_id  uuid        not null references alert (cause_event_id),
    subscription_id uuid        not null references subscription (id),
    channel         text        not null,
    status          text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    unique (cause_event_id, subscription_id, channel)
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'SENDING');
create index delivery_by_subscription on delivery (subscription_id);

create table delivery_attempt (
    id           bigserial   primary key,
    delivery_id  uuid        not null references delivery (id),
    attempted_at timestamptz not null default now(),
    status_code  int,
    error        text,
    duration_ms  int         not null
);
create index delivery_attempt_by_delivery on delivery_attempt (delivery_id);
