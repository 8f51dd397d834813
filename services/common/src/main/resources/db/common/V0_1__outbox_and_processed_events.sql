-- Transactional outbox: an event row is written in the same transaction as the change it describes, and a relay
-- publishes it to Kafka afterwards (at least once, in id order).
create table outbox (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    subject      text,
    occurred_at  timestamptz not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;

-- Idempotent consumers: the CloudEvents ids each consumer has applied, written with the effect.
create table processed_event (
    event_id     uuid        not null,
    consumer     text        not null,
    processed_at timestamptz not null default now(),
    primary key (event_id, consumer)
);
