-- Of a bulk job's accepted rows, those that repeated what was recorded already (a monthly re-upload of the whole
-- list): they get no new revision, product version or event, and are counted here.
alter table bulk_job add column unchanged_rows integer not null default 0;
