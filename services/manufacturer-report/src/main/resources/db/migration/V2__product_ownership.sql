-- Which manufacturer (製造販売業者) holds each product: only its holder reports the product's status.
create table product (
    yj_code           varchar(12) primary key,
    manufacturer_code text        not null,
    registered_at     timestamptz not null default now()
);
create index product_by_manufacturer on product (manufacturer_code);
