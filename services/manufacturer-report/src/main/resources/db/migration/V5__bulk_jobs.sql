-- Bulk uploads (product master records or status reports): the uploaded file is stored with the job when it is
-- acknowledged, so an accepted upload survives a crash; a runner claims queued jobs (and jobs whose runner stopped
-- beating) and applies each in one transaction that also marks it finished, so no job is applied twice.
create table bulk_job (
    id              uuid        primary key,
    kind            text        not null,
    org             text        not null,
    -- whether the uploader acted as an admin (any product) or for its own organisation's products only
    admin           boolean     not null,
    submitted_by    text        not null,
    source_address  text,
    mode            text        not null,
    format          text        not null,
    content_sha256  text        not null,
    state           text        not null,
    total_rows      integer,
    validated_rows  integer     not null default 0,
    accepted_rows   integer     not null default 0,
    rejected_rows   integer     not null default 0,
    error_count     integer     not null default 0,
    errors          text,
    failure         text,
    attempts        integer     not null default 0,
    submitted_at    timestamptz not null default now(),
    started_at      timestamptz,
    heartbeat_at    timestamptz,
    finished_at     timestamptz
);
-- The uploaded file, apart from the job row that is read for progress.
create table bulk_job_file (
    job_id  uuid  primary key references bulk_job (id),
    content bytea not null,
    charset text
);

create index bulk_job_waiting on bulk_job (submitted_at) where state in ('QUEUED', 'RUNNING');

alter table status_change add column bulk_job_id uuid;
create index status_change_by_bulk_job on status_change (bulk_job_id) where bulk_job_id is not null;
