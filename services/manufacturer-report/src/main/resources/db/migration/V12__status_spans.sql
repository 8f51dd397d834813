-- Each product's status spans: from the day a status takes effect until the day the next one does ('infinity'
-- while it holds), the status being that of the highest revision effective that day. Derived from status_change,
-- never written by the service: the trigger below keeps it in step in the inserting statement's transaction, whoever
-- inserts (a report, a bulk job, the restore's replay). The national counts read the spans that hold on a day, one
-- per product, however long the history grows; before, they sorted the whole history up to that day.
create table status_span (
    yj_code           varchar(12) not null,
    starts            date        not null,
    ends              date        not null,
    shipment_response text        not null,
    reason            text,
    primary key (yj_code, starts),
    check (starts < ends)
);
-- The spans that hold on a day end after it: for today and the weeks before, about one per product.
create index status_span_by_end on status_span (ends);

-- History is append-only, so a product's days of change only grow: the statement's changes rebuild the product's
-- spans from the earliest day they take effect (usually one span: the new status, open-ended) and end the span
-- that held on that day there. Each product's part is found by index lookups of its own (status_change_timeline,
-- the spans' key): a change later than its product's others, as nearly all are, reads one history row and one span
-- whatever the product's history; a backdated one re-reads the product's changes from its day on. The two parts touch
-- different rows (before that day, and from it).
-- Writers of one product must not run concurrently, or two could each end the same span: the service takes the
-- product's row in product_revision (locked until commit) before it inserts, and the restore's replay runs before
-- the service starts.
create function status_span_follow() returns trigger
    language plpgsql
as $$
begin
    with touched as (
        select yj_code, min(effective_date) as since from inserted group by yj_code),
    ended as (
        update status_span s set ends = t.since
        from touched t
        where s.yj_code = t.yj_code and s.ends > t.since
          and s.starts = (select max(b.starts) from status_span b where b.yj_code = t.yj_code and b.starts < t.since)),
    days as (
        select distinct on (c.yj_code, c.effective_date) c.yj_code, c.effective_date, c.shipment_response, c.reason
        from touched t
        cross join lateral (select h.yj_code, h.effective_date, h.revision, h.shipment_response, h.reason
                            from status_change h where h.yj_code = t.yj_code and h.effective_date >= t.since) c
        order by c.yj_code, c.effective_date, c.revision desc)
    insert into status_span (yj_code, starts, ends, shipment_response, reason)
    select yj_code, effective_date,
           coalesce(lead(effective_date) over (partition by yj_code order by effective_date), 'infinity'),
           shipment_response, reason
    from days
    on conflict (yj_code, starts) do update
        set ends = excluded.ends, shipment_response = excluded.shipment_response, reason = excluded.reason
        where (status_span.ends, status_span.shipment_response, status_span.reason)
              is distinct from (excluded.ends, excluded.shipment_response, excluded.reason);
    return null;
end
$$;

create trigger status_span_follow
    after insert on status_change
    referencing new table as inserted
    for each statement
    execute function status_span_follow();

-- Every product's spans as its whole history gives them: what the trigger keeps status_span equal to. It fills the
-- table for the history already recorded, and status_span_differing() checks the table against it.
create function status_span_rebuilt()
    returns table (yj_code varchar(12), starts date, ends date, shipment_response text, reason text)
    language sql
    stable
as $$
    select yj_code, effective_date,
           coalesce(lead(effective_date) over (partition by yj_code order by effective_date), 'infinity'),
           shipment_response, reason
    from (select distinct on (yj_code, effective_date) yj_code, effective_date, shipment_response, reason
          from status_change
          order by yj_code, effective_date, revision desc) days
$$;

-- How many spans the table holds that the history does not give, and the other way round: 0 when they agree
-- (docs/operations.md, "Status spans"; the tests ask it too).
create function status_span_differing() returns bigint
    language sql
    stable
as $$
    select count(*) from ((table status_span except all select * from status_span_rebuilt())
                          union all (select * from status_span_rebuilt() except all table status_span)) differing
$$;

insert into status_span (yj_code, starts, ends, shipment_response, reason)
select * from status_span_rebuilt();
