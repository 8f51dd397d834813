-- The audit trail is chained after its rows commit, not while the writing transaction holds a lock.
--
-- Until now every insert took one database-wide advisory lock and read the last hash, and kept the lock until its
-- transaction ended: every audited write of a service queued behind the one before it, for as long as that one
-- took to commit (benchmarks: 40-50% of the database's write rate, and the ingest bottleneck).
--
-- Now:
-- * An insert takes no lock. The trigger still sets the id and the database's time and clears the chain columns,
--   so the row is written atomically with the change it records, exactly as before, but not yet linked.
-- * audit_log_link(max_rows), run by one linker at a time (each service runs one, see AuditLinker), links committed
--   rows in id order: chain_seq = the next position, prev_hash = the hash of the row before it in the chain,
--   hash = audit_log_hash_v2(...), which covers the position and the id as well as the content.
-- * The update trigger allows exactly that and nothing else: an unlinked row may be linked, once, at the next
--   position after the head, with the right previous hash and the right hash; any other update, and every delete
--   and truncate, is refused as before.
-- * Chain order is link order (chain_seq), no longer id order: a transaction that commits late is linked after
--   rows that committed before it, whatever its id. A unique index on chain_seq keeps the chain one line.
-- * Rows written before this migration were chained by id under audit_log/v1; they get chain_seq in id order and
--   keep their hashes, and audit_log_verify() checks them with the v1 definition (up to audit_log_v1_last_seq()).

alter table audit_log add column chain_seq bigint;
alter table audit_log alter column hash drop not null;

alter table audit_log disable trigger audit_log_no_update_or_delete;
update audit_log a set chain_seq = r.n
from (select id, row_number() over (order by id) as n from audit_log) r
where a.id = r.id;
alter table audit_log enable trigger audit_log_no_update_or_delete;

do $$
begin
    execute format('create function audit_log_v1_last_seq() returns bigint language sql immutable as %L',
                   'select ' || (select coalesce(max(chain_seq), 0) from audit_log)::text);
end
$$;
comment on function audit_log_v1_last_seq() is
    'The last chain position hashed with audit_log/v1 (rows written before the chain became asynchronous).';

drop index audit_log_one_successor;
create unique index audit_log_chain_order on audit_log (chain_seq);
create index audit_log_unlinked on audit_log (id) where chain_seq is null;

-- Canonical text, as audit_log/v1 (see V0_2) with the chain position first:
--   audit_log/v2|<chain_seq>|<id>|<occurred_at in UTC>|<actor>|<org>|<action>|<target>|<source>|<outcome>
-- hash = sha256(prev_hash || convert_to(text, 'UTF8')).
create function audit_log_hash_v2(prev_hash bytea, chain_seq bigint, id bigint, occurred_at timestamptz,
                                  actor text, org text, action text, target text, source_address text,
                                  outcome text)
    returns bytea
    language sql
    stable
    parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select sha256(coalesce(prev_hash, ''::bytea) || convert_to(
               'audit_log/v2'
               || '|' || chain_seq::text
               || '|' || id::text
               || '|' || to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
               || '|' || coalesce(length(actor)::text || ':' || actor, '-')
               || '|' || coalesce(length(org)::text || ':' || org, '-')
               || '|' || coalesce(length(action)::text || ':' || action, '-')
               || '|' || coalesce(length(target)::text || ':' || target, '-')
               || '|' || coalesce(length(source_address)::text || ':' || source_address, '-')
               || '|' || coalesce(length(outcome)::text || ':' || outcome, '-'),
               'UTF8'))
$$;

-- The insert trigger: no lock, no chaining; the database decides the id and the time, and the row starts unlinked.
create or replace function audit_log_append() returns trigger
    language plpgsql
as $$
begin
    new.id := nextval('audit_log_id_seq');
    new.occurred_at := clock_timestamp();
    new.chain_seq := null;
    new.prev_hash := null;
    new.hash := null;
    return new;
end
$$;

-- Links up to max_rows committed, unlinked rows in id order, after the head of the chain; returns how many. One
-- linker at a time (a transaction-scoped advisory lock, tried, not waited for: a second caller returns 0). The
-- function runs as its owner, so the service's role needs only EXECUTE on it, not UPDATE on audit_log:
--     grant execute on function audit_log_link(integer) to shortagewatch_app;
create function audit_log_link(max_rows integer) returns integer
    language plpgsql
    security definer
    set search_path = public, pg_catalog, pg_temp
as $$
declare
    head_seq  bigint;
    head_hash bytea;
    linked    integer := 0;
    r         record;
begin
    if not pg_try_advisory_xact_lock(6005318386748509259) then -- 'SW-AUDIT' + 1: the linker's lock
        return 0;
    end if;
    select a.chain_seq, a.hash into head_seq, head_hash
    from audit_log a where a.chain_seq is not null order by a.chain_seq desc limit 1;
    head_seq := coalesce(head_seq, 0);
    for r in select * from audit_log a where a.chain_seq is null order by a.id limit max_rows loop
        head_seq := head_seq + 1;
        update audit_log a
        set chain_seq = head_seq,
            prev_hash = head_hash,
            hash = audit_log_hash_v2(head_hash, head_seq, r.id, r.occurred_at, r.actor, r.org, r.action, r.target,
                                     r.source_address, r.outcome)
        where a.id = r.id
        returning a.hash into head_hash;
        linked := linked + 1;
    end loop;
    return linked;
end
$$;
revoke execute on function audit_log_link(integer) from public;

-- The one update allowed: linking an unlinked row at the next position, with the right previous hash and hash.
create function audit_log_check_link() returns trigger
    language plpgsql
as $$
begin
    if old.chain_seq is null and new.chain_seq is not null
       and new.id = old.id and new.occurred_at = old.occurred_at and new.actor = old.actor
       and new.org is not distinct from old.org and new.action = old.action
       and new.target is not distinct from old.target
       and new.source_address is not distinct from old.source_address and new.outcome = old.outcome
       and new.prev_hash is not distinct from (select a.hash from audit_log a where a.chain_seq = new.chain_seq - 1)
       and (new.chain_seq = 1 or exists (select 1 from audit_log a where a.chain_seq = new.chain_seq - 1))
       and new.chain_seq > (select coalesce(max(a.chain_seq), 0) from audit_log a)
       and new.hash = audit_log_hash_v2(new.prev_hash, new.chain_seq, new.id, new.occurred_at, new.actor, new.org,
                                        new.action, new.target, new.source_address, new.outcome) then
        return new;
    end if;
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'audit rows can only be added, and linked into the chain once by audit_log_link()';
end
$$;

drop trigger audit_log_no_update_or_delete on audit_log;
create trigger audit_log_no_delete before delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_link_only before update on audit_log
    for each row execute function audit_log_check_link();

-- The verification command, now in chain order and with the rows still waiting to be linked:
--     select * from audit_log_verify();
-- A linked row is broken when its hash differs from the one recomputed from its content and position (v1 for the
-- rows linked before this migration, v2 after), when its prev_hash differs from the hash of the row before it in
-- the chain, or when its position does not follow that row's (a row was removed).
drop function audit_log_verify();
create function audit_log_verify()
    returns table (intact boolean, rows_checked bigint, first_broken_id bigint, reason text, rows_pending bigint)
    language sql
    stable
as $$
    with chain as (
        select id, chain_seq, prev_hash, hash,
               lag(id) over (order by chain_seq) as previous_id,
               lag(hash) over (order by chain_seq) as previous_hash,
               coalesce(lag(chain_seq) over (order by chain_seq), 0) as previous_seq,
               case when chain_seq <= audit_log_v1_last_seq()
                    then audit_log_hash(prev_hash, id, occurred_at, actor, org, action, target, source_address,
                                        outcome)
                    else audit_log_hash_v2(prev_hash, chain_seq, id, occurred_at, actor, org, action, target,
                                           source_address, outcome)
               end as recomputed
        from audit_log
        where chain_seq is not null
    ), first_broken as (
        select id, previous_id, previous_seq, chain_seq, hash is distinct from recomputed as content_changed
        from chain
        where hash is distinct from recomputed or prev_hash is distinct from previous_hash
           or chain_seq <> previous_seq + 1
        order by chain_seq
        limit 1
    )
    select b.id is null,
           (select count(*) from chain),
           b.id,
           case when b.id is null then null
                when b.content_changed then 'hash does not match the row''s content'
                when b.chain_seq <> b.previous_seq + 1 then 'chain position ' || b.chain_seq || ' does not follow '
                     || b.previous_seq || ': rows before it are missing'
                when b.previous_id is null then 'prev_hash of the first row is not empty: rows before it are missing'
                else 'prev_hash does not link to row ' || b.previous_id
           end,
           (select count(*) from audit_log where chain_seq is null)
    from (values (1)) as one left join first_broken b on true
$$;
