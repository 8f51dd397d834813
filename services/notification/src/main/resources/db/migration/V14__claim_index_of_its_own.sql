-- The claim's index covers exactly the rows it scans: pushed deliveries (webhook, e-mail) in flight. Only these are
-- ever pending, so it holds the same rows as before; but its predicate now names their channels, which no lookup by
-- one delivery's recipient, channel and product can prove. The claim's lookups (the delivery ahead of one, those
-- behind it) and the settlement's release can then only go through delivery_in_line or the primary key, whatever the
-- statistics say. With the old predicate, statistics taken while nothing was pending (before a national refresh) had
-- the planner read this whole index once for every delivery looked at: a claim on a backlog of 230,000 ran for 40 s,
-- and for minutes during a refresh (docs/benchmarks.md, "A fault found on the way"); with this one, 40 ms.
drop index delivery_due;
create index delivery_due on delivery (next_attempt_at)
    where status in ('PENDING', 'SENDING') and channel in ('WEBHOOK', 'EMAIL');
