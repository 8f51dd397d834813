-- Every change of a product's master record is published as a ProductChanged event; its version orders them.
alter table product add column version bigint not null default 0;
