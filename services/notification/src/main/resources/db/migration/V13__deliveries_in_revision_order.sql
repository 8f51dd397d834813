-- A recipient's pushed deliveries (webhook, e-mail) about one product go out in the order of the product's
-- revisions: a delivery is not claimed while one about an earlier revision of the same product, to the same recipient
-- on the same channel, is still pending or being sent; delivered or given up, it lets the next one go.
--
-- product and revision name the change a row tells of: a supply-status alert's product and revision, a demand-shift
-- warning's changed product and its revision. They stay null for rows that tell of no product's change (notices,
-- findings, plans, reminders, digests), which wait for nothing.
alter table delivery
    add column product  varchar(12),
    add column revision bigint,
    -- put back untried until the recipient's quiet hours end; a critical delivery waiting behind it sends it at once
    add column held_for_quiet_hours boolean not null default false;

-- The deliveries still to be sent, by (recipient, channel, product) in revision order: the claim finds the earliest
-- one ahead of a due delivery (one index probe), and a settlement finds the next revision to release. Only rows in
-- flight are in it, so it stays as small as the backlog; rows that tell of no product are never in it.
create index delivery_in_line on delivery (recipient, channel, product, revision)
    where product is not null and status in ('PENDING', 'SENDING');

-- Rows in flight when this migration runs keep their order too.
update delivery d
set product  = case when a.kind = 'SUPPLY_STATUS' then a.yj_code
                    else a.payload::jsonb #>> '{data,changedProduct,yjCode}' end,
    revision = case when a.kind = 'SUPPLY_STATUS' then (a.payload::jsonb #>> '{data,revision}')::bigint
                    else (a.payload::jsonb #>> '{data,changedProduct,revision}')::bigint end
from alert a
where a.cause_event_id = d.cause_event_id
  and a.kind in ('SUPPLY_STATUS', 'DEMAND_SHIFT')
  and d.status in ('PENDING', 'SENDING');
