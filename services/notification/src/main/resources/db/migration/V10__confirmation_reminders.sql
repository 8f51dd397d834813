-- Reminders to manufacturers to confirm the status of their stale limited or stopped products (topic
-- status-confirmations). A manufacturer is not a facility: the address its reminders are mailed to (its
-- supply-system manager's) comes with each reminder and is kept here, by organisation code.
create table organisation_contact (
    org        text        primary key,
    name       text,
    email      text        not null,
    updated_at timestamptz not null default now()
);

alter table alert drop constraint alert_kind;
alter table alert add constraint alert_kind check (kind in ('SUPPLY_STATUS', 'DEMAND_SHIFT', 'MALDISTRIBUTION',
    'ALLOCATION', 'NOTICE', 'NOTICE_WITHDRAWN', 'DIGEST', 'CONFIRMATION_DUE'));
