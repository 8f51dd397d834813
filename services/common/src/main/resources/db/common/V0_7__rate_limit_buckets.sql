-- The write rate limit's token buckets, shared by every instance of the service (services/common/README.md, "Rate
-- limiting"; SharedRateLimiter): one row per organisation ('org:<org>') or subject ('subject:<name>') that has written
-- lately. full_at is when the bucket is full again if nothing more is taken; a key without a row has a full bucket,
-- so rows of full buckets are deleted (every hour, by each instance) without changing anything.
--
-- Unlogged: no write-ahead log for a row updated at every write; after a crash, or on a promoted standby, the table is
-- empty and every bucket full, as after a restart when the buckets were kept in memory. granted says whether the last
-- take was granted (the statement that takes answers it). fillfactor leaves room on each page for the updates to
-- stay heap-only (full_at and granted are in no index).
create unlogged table rate_limit_bucket (
    key     text        primary key,
    full_at timestamptz not null,
    granted boolean     not null
) with (fillfactor = 50);
