-- The regulator reads a notice's addressed manufacturers by name: the name the manufacturer's most recently changed
-- product states (製造販売業者名), found through this index, one probe per manufacturer, not a read of every product.
create index product_maker_name on product (manufacturer_code, updated_at desc) where manufacturer_name is not null;
