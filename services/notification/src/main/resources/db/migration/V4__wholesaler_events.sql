-- The newest revision applied per aggregate of the events that carry one (maldistribution findings, allocation
-- plans): an older revision arriving late notifies nobody.
create table applied_revision (
    aggregate text   primary key,
    revision  bigint not null
);

-- What one recipient alone may see of a cause: its own line of an allocation plan, never the others'.
alter table delivery add column detail text;
