-- Least privilege: the service's runtime role may use the tables, not change them. A Flyway callback, run after
-- every migrate (including one that applied nothing), as the role Flyway migrates as (the schema's owner,
-- quarkus.flyway.username), so that a table a later migration adds is covered at the next start. Not a versioned
-- migration: it is run again at every start and its text may change.
--
-- The runtime role is the placeholder app-role, by default the datasource's user (quarkus.datasource.username, the
-- role the service's pool connects as; each service's application.properties). It gets
--   * SELECT, INSERT, UPDATE, DELETE on every table but two, and USAGE on every sequence (nextval, not setval),
--     also on tables and sequences created later by the migrating role (ALTER DEFAULT PRIVILEGES);
--   * on audit_log only SELECT and INSERT, and EXECUTE on audit_log_link(integer), the SECURITY DEFINER function
--     that chains committed rows (services/common/README.md, "Audit trail");
--   * nothing on Flyway's schema history;
--   * no TRUNCATE, REFERENCES or TRIGGER anywhere, and no CREATE on the schema (PostgreSQL 15 and later grant PUBLIC
--     none): it owns nothing, so it can neither alter, drop or disable triggers nor create tables.
-- Skipped, with a notice, when the placeholder is empty or names the migrating role itself (one role for both, as in
-- the services' tests). A role that does not exist fails the migration, and so the start: the service could not
-- connect as it anyway, and a start that went on would leave the role without grants when it is created later
-- (CloudNativePG creates its managed roles while the cluster comes up); the next start, once it exists, grants.
-- The roles themselves are created outside (docs/operations.md, "Databases and migrations").
do $grants$
declare
    app_role constant text := '${app-role}';
    t record;
begin
    if app_role = '' or app_role = current_user then
        raise notice 'runtime role grants skipped: the service connects as the migrating role %', current_user;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app_role) then
        raise exception 'no role %: create the service''s runtime role before its first start', app_role
            using hint = 'docs/operations.md, "Databases and migrations"';
    end if;
    -- several instances starting together: one grants at a time (concurrent GRANTs on one object can fail with
    -- "tuple concurrently updated"); held until this transaction ends
    perform pg_advisory_xact_lock(6005318386748509260); -- 'SW-AUDIT' + 2: the grants' lock

    execute format('grant usage on schema public to %I', app_role);
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
               and c.relname not in ('audit_log', '${flyway:table}') loop
        execute format('revoke truncate, references, trigger on table public.%I from %I', t.relname, app_role);
        execute format('grant select, insert, update, delete on table public.%I to %I', t.relname, app_role);
    end loop;
    execute format('grant usage on all sequences in schema public to %I', app_role);
    execute format('revoke update on all sequences in schema public from %I', app_role);

    execute format('revoke all on table public.audit_log from %I', app_role);
    execute format('grant select, insert on table public.audit_log to %I', app_role);
    execute format('grant execute on function public.audit_log_link(integer) to %I', app_role);
    execute format('revoke all on table public.%I from %I', '${flyway:table}', app_role);

    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   app_role);
    execute format('alter default privileges in schema public grant usage on sequences to %I', app_role);
end
$grants$;
