-- Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header): the first request with a key creates a resource;
-- a retry with the same key and the same request is answered with that resource again, and changes nothing.
-- Written in the same transaction as the resource, so a key is remembered if and only if its effect was committed.
-- scope = the caller's organisation and the operation, e.g. 'MFR001 status-change.report'.
create table idempotency_key (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    resource_id   text        not null,
    created_at    timestamptz not null default now(),
    primary key (scope, key)
);
create index idempotency_key_by_age on idempotency_key (created_at);
