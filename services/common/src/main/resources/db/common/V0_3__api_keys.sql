-- API keys of machine clients (manufacturer and wholesaler systems that post in bulk). Only a SHA-256 hash of each
-- key's secret is stored: the key is shown once, when it is created. A key acts for one organisation in one role,
-- expires, and can be revoked.
create table api_key (
    id          uuid        primary key,
    org         text        not null,
    role        text        not null,
    name        text        not null,
    secret_hash bytea       not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_key_by_org on api_key (org);
