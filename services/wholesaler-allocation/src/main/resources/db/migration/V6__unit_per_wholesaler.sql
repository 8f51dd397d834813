-- A product's counting unit is each wholesaler's own: a wholesaler's first record of a product fixes the unit its
-- later records of that product are counted in. It was the product's, fixed by whichever wholesaler posted first,
-- so that one wholesaler's first record (a mistaken unit included) refused every other wholesaler's records in
-- another unit. Figures of different units are never added (the map and the detectors reckon each unit apart), so
-- two wholesalers counting one product differently split its figures by unit and refuse nothing.
create table wholesaler_product_unit (
    wholesaler_code varchar(64) not null,
    yj_code         varchar(12) not null,
    unit            text        not null,
    first_seen_at   timestamptz not null default now(),
    primary key (wholesaler_code, yj_code)
);

-- every wholesaler that posted a record or a supply of a product keeps the unit it posted in
insert into wholesaler_product_unit (wholesaler_code, yj_code, unit, first_seen_at)
select w.wholesaler_code, w.yj_code, u.unit, u.first_seen_at
from (select wholesaler_code, yj_code from wholesaler_record
      union
      select wholesaler_code, yj_code from wholesaler_supply) w
join product_unit u using (yj_code);

drop table product_unit;
