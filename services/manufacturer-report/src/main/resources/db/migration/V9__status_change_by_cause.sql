-- The chain of a shortage: the products whose status names a product as the cause of their limited shipment
-- (⑰, 限定出荷（他社品の影響）) are found by that product, without reading the whole history.
create index status_change_by_cause on status_change (cause_yj_code) where cause_yj_code is not null;
