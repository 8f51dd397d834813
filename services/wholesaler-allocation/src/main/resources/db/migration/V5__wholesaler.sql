-- The licensed wholesalers (卸売販売業者) by code, as their users' tokens carry it, with the name the operator
-- registered: what the pages show where a wholesaler is meant. A name is stored trimmed and is never empty.
create table wholesaler (
    code          varchar(64)  primary key check (code ~ '^[A-Za-z0-9_-]{1,64}$'),
    name          varchar(100) not null check (name <> ''),
    registered_at timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
