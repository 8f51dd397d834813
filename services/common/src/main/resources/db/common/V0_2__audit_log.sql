-- Audit trail: who did what to which object, when, from where, and with what outcome. Append-only and hash-chained.
--
-- * Time comes from the database server's clock (clock_timestamp()), not from the application.
-- * Each row's hash covers its content and the previous row's hash, so changing, inserting or removing a row in
--   the middle breaks the chain at that row; audit_log_verify() reports the first broken link.
-- * The hash, the previous hash, the id and the time are set by the insert trigger below, whatever the inserting
--   statement says: the application names only who, what, where and the outcome.
-- * Appends are serialised by a transaction-scoped advisory lock, so the chain is one line in id order.
--
-- Production roles: Flyway migrates as the owner of the schema; the service connects as a different role that holds
-- only SELECT and INSERT on audit_log and USAGE on audit_log_id_seq, e.g.
--     grant select, insert on audit_log to shortagewatch_app;
--     grant usage on sequence audit_log_id_seq to shortagewatch_app;
-- That role can neither update, delete nor truncate (no privilege, and the triggers refuse it even to the owner), nor
-- disable the triggers (only the owner can) nor bypass them with session_replication_role (only a superuser can).

create sequence audit_log_id_seq;

create table audit_log (
    -- Assigned by the insert trigger while it holds the append lock, so that id order is chain order (a bigserial
    -- default would be drawn before the lock and could put a later link at a lower id).
    id             bigint      primary key,
    occurred_at    timestamptz not null default clock_timestamp(),
    actor          text        not null,
    org            text,
    action         text        not null,
    target         text,
    source_address text,
    outcome        text        not null,
    prev_hash      bytea,
    hash           bytea       not null
);
alter sequence audit_log_id_seq owned by audit_log.id;

-- At most one successor per link (and one first row): even a caller whose snapshot missed the latest row (e.g. a
-- REPEATABLE READ transaction) cannot fork the chain; its insert fails instead.
create unique index audit_log_one_successor on audit_log ((coalesce(prev_hash, ''::bytea)));

comment on table audit_log is
    'Append-only, hash-chained audit trail. The service role may only SELECT and INSERT; triggers refuse UPDATE, '
    'DELETE and TRUNCATE. hash = sha256(prev_hash || canonical text of the row), see audit_log_hash().';

-- The one definition of a row's hash, used by the insert trigger and by the verification (audit_log_verify).
-- Canonical text, independent of session settings (TimeZone, DateStyle, locale):
--   audit_log/v1|<id>|<occurred_at in UTC, YYYY-MM-DDTHH:MI:SS.ffffffZ>|<actor>|<org>|<action>|<target>|<source>|<outcome>
-- where each text field is written <length in characters>:<value>, and a null as "-", so that no value can be
-- shifted into its neighbour and a null differs from an empty string. The text is hashed as UTF-8 after the
-- previous row's hash (nothing for the first row): hash = sha256(prev_hash || convert_to(text, 'UTF8')).
create function audit_log_hash(prev_hash bytea, id bigint, occurred_at timestamptz, actor text, org text,
                               action text, target text, source_address text, outcome text)
    returns bytea
    language sql
    stable
    parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select sha256(coalesce(prev_hash, ''::bytea) || convert_to(
               'audit_log/v1'
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

-- Links each new row to the chain. VOLATILE (the default), so under READ COMMITTED the query that reads the last
-- hash takes a fresh snapshot after the lock is granted and sees every append committed before it. The lock is
-- held until the appending transaction ends: record the audit row as the last step of a transaction.
create function audit_log_append() returns trigger
    language plpgsql
as $$
begin
    perform pg_advisory_xact_lock(6005318386748508500); -- 'SW-AUDIT' as a bigint; one append at a time
    select a.hash into new.prev_hash from audit_log a order by a.id desc limit 1;
    new.id := nextval('audit_log_id_seq');
    new.occurred_at := clock_timestamp();
    new.hash := audit_log_hash(new.prev_hash, new.id, new.occurred_at, new.actor, new.org, new.action, new.target,
                               new.source_address, new.outcome);
    return new;
end
$$;

-- The verification command: checks the whole chain in one snapshot and reports the first broken row, if any.
--     select * from audit_log_verify();
-- A row is broken when its hash differs from the one recomputed from its content (the row was changed), or when
-- its prev_hash differs from the hash of the row before it in id order (a row before it was removed, inserted or
-- re-hashed). Rows removed from the very end leave a shorter chain that is still intact; only a copy of an earlier
-- head hash kept elsewhere reveals that.
create function audit_log_verify()
    returns table (intact boolean, rows_checked bigint, first_broken_id bigint, reason text)
    language sql
    stable
as $$
    with chain as (
        select id, prev_hash, hash,
               lag(id) over (order by id) as previous_id,
               lag(hash) over (order by id) as previous_hash,
               audit_log_hash(prev_hash, id, occurred_at, actor, org, action, target, source_address, outcome)
                   as recomputed
        from audit_log
    ), first_broken as (
        select id, previous_id, hash is distinct from recomputed as content_changed
        from chain
        where hash is distinct from recomputed or prev_hash is distinct from previous_hash
        order by id
        limit 1
    )
    select b.id is null,
           (select count(*) from chain),
           b.id,
           case when b.id is null then null
                when b.content_changed then 'hash does not match the row''s content'
                when b.previous_id is null then 'prev_hash of the first row is not empty: rows before it are missing'
                else 'prev_hash does not link to row ' || b.previous_id
           end
    from (values (1)) as one left join first_broken b on true
$$;

create function audit_log_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'audit rows can only be added; a correction is a new row';
end
$$;

create trigger audit_log_append before insert on audit_log
    for each row execute function audit_log_append();
create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- PUBLIC holds none of these by default; revoked explicitly to state the intent.
revoke update, delete, truncate on audit_log from public;
