-- Every shipment-status change a manufacturer reported, as immutable history.
create sequence status_change_seq increment by 50;

create table status_change (
    id                bigint      primary key,
    yj_code           varchar(12) not null,
    revision          bigint      not null,
    shipment_response text        not null,
    reason            text,
    effective_date    date        not null,
    reported_at       timestamptz not null,
    reported_by       text,
    event_id          uuid        not null unique,
    unique (yj_code, revision)
);

-- Per product, the last revision handed out; the row lock orders concurrent reports on one product.
create table product_revision (
    yj_code  varchar(12) primary key,
    revision bigint      not null
);
