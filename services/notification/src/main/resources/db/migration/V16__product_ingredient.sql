-- The ingredient's name (成分名) from the product master (topic products), so an alert about an ingredient, as a
-- maldistribution finding is, names it beside its code. Empty until a product's master record arrives.
alter table product
    add column ingredient text;
create index product_by_ingredient_key on product (ingredient_key);
