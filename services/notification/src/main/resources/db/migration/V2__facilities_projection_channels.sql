-- Facilities (pharmacies, hospitals, clinics) and how they want to be told.
create table facility (
    code            varchar(10) primary key,
    kind            text        not null check (kind in ('PHARMACY', 'HOSPITAL', 'CLINIC')),
    prefecture_code char(2)     not null,
    name            text        not null,
    email           text,
    contacts        text        not null default '[]',
    quiet_start     time,
    quiet_end       time,
    digest          boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index facility_by_kind on facility (kind);

-- The service's own projection of supply-status events: what matching and alternatives need, no call elsewhere.
-- Ingredient key, alternative key and therapeutic class derive from the YJ code; the manufacturer is the event's
-- reportedBy. Supply-security class and the basic-drug flag are not in the event: they stay null/false until a
-- product-master event carries them (or an admin sets them).
create table product (
    yj_code               varchar(12) primary key,
    ingredient_key        char(7)     not null,
    alternative_key       char(9)     not null,
    therapeutic_class     char(4)     not null,
    manufacturer_code     text,
    supply_security_class char(1),
    basic_drug            boolean     not null default false,
    shipment_response     text        not null,
    revision              bigint      not null,
    effective_date        date        not null,
    updated_at            timestamptz not null default now()
);
create index product_by_alternative_key on product (alternative_key);

-- Subscriptions by kind (YJ code, ingredient, therapeutic class, manufacturer, supply-security class), with their
-- channels and minimum severity. Existing rows are single-product webhook subscriptions.
alter table subscription
    add column kind                       text     not null default 'YJ_CODE',
    add column target                     text,
    add column channels                   text[]   not null default '{WEBHOOK}',
    add column min_severity               smallint not null default 0,
    add column previous_secret            text,
    add column previous_secret_expires_at timestamptz,
    add column failing_since              timestamptz,
    add column disabled_reason            text;
update subscription set target = yj_code;
alter table subscription
    alter column target set not null,
    alter column yj_code drop not null,
    alter column webhook_url drop not null;
drop index subscription_by_product;
create index subscription_match on subscription (kind, target) where active;

-- One alert per cause (a supply-status event, a notice, a digest): rendered once, shared by its deliveries.
alter table alert
    add column kind      text     not null default 'SUPPLY_STATUS',
    add column severity  smallint not null default 0,
    add column subject   text,
    add column body_text text,
    add column body_html text,
    alter column yj_code drop not null;

-- The ledger is unique per (cause, recipient, channel): the recipient is a facility (or another organisation);
-- the subscription that matched is kept for the webhook target. SSE and inbox rows carry a feed position (seq),
-- assigned under a transaction lock so positions become visible in order: a reader resuming after n misses nothing.
create sequence delivery_feed_seq;
alter table delivery
    add column recipient       text,
    add column seq             bigint,
    add column read_at         timestamptz,
    add column acknowledged_at timestamptz,
    add column digest_id       uuid,
    alter column subscription_id drop not null;
update delivery d set recipient = s.facility_code from subscription s where s.id = d.subscription_id;
alter table delivery
    alter column recipient set not null,
    drop constraint delivery_cause_event_id_subscription_id_channel_key,
    add constraint delivery_once unique (cause_event_id, recipient, channel);
create index delivery_feed on delivery (recipient, channel, seq) where seq is not null;
create index delivery_digest on delivery (recipient) where status = 'DIGEST';
