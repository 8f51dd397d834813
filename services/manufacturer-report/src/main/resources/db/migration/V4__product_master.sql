-- The product master: every field of the national supply-status list. Products registered before these columns
-- existed keep nulls until their holder completes them.
alter table product
    add column product_name          text,
    add column ingredient            text,
    add column strength_unit         text,
    add column drug_category         text,
    add column product_category      text,
    add column basic_drug            boolean     not null default false,
    add column supply_security_class text        not null default 'NONE',
    add column manufacturer_name     text,
    add column price_listing_date    date,
    add column gs1_codes             text[]      not null default '{}',
    add column pack_sizes            text[]      not null default '{}',
    add column updated_at            timestamptz not null default now(),
    -- Derived from the YJ code: the ingredient (first 7 characters) and ingredient + form + strength (first 9),
    -- shared by every brand of it: the keys of same-ingredient alternatives.
    add column ingredient_key        varchar(7) generated always as (substr(yj_code, 1, 7)) stored,
    add column ingredient_form_strength_key varchar(9) generated always as (substr(yj_code, 1, 9)) stored;

create index product_by_ingredient_key on product (ingredient_key);
create index product_by_ingredient_form_strength_key on product (ingredient_form_strength_key);
create index product_by_yj_prefix on product (yj_code text_pattern_ops);
create index product_by_category on product (product_category);

-- A product's timeline: the status on a day is the change with the latest effective date on or before it,
-- the highest revision among changes effective the same day.
create index status_change_timeline on status_change (yj_code, effective_date desc, revision desc);
