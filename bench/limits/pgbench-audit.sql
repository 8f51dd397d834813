-- What the audit trail adds to every audited write: the global append lock that serialises the hash chain
-- (pg_advisory_xact_lock, held to commit) and one audit row. bench/limits/run splices these lines into
-- pgbench-insert.sql before its last two (the NOTIFY and END), to show what that one lock costs the write rate.
SELECT pg_advisory_xact_lock(6005318386748508500);
INSERT INTO limit_audit (actor, action, target, outcome, hash)
  VALUES ('bench-manufacturer@BENCHMFR', 'status-change.report', 'P' || :p || '#' || :revision, 'SUCCESS',
          sha256(convert_to('P' || :p || '#' || :revision, 'UTF8')));
