-- Why a bulk job was rejected or failed as a whole, in Japanese beside the English of bulk_job.failure: a job is
-- read in the language its reader asks for. Null for jobs finished before this column, and for a retry's internal
-- error, which is read in English.
alter table bulk_job add column failure_ja text;
