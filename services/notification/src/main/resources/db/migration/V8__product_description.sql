-- What an alert says about a product and its alternatives: strength (規格) and maker's name (製造販売業者名) beside
-- the product name. Filled from the product master (topic products) and, until a master record arrives, from the
-- description a supply-status event carries.
alter table product
    add column strength_unit     text,
    add column manufacturer_name text;
