-- Periodic jobs (detection sweeps, freshness reminders) run once per period across every instance of a service: an
-- instance whose timer fires claims the job's row; the claim succeeds only when no instance started the job within
-- the period, so the other instances' timers find it claimed and skip. An instance that dies mid-run leaves the row;
-- the next period's claim takes it over.
create table scheduled_run (
    job         text        primary key,
    started_at  timestamptz not null,
    instance    text        not null
);
