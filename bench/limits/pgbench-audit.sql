-- What the audit trail adds to every audited write: one audit row, written without a lock (the service's linker
-- chains it after commit, in batches). bench/limits/run splices these lines into pgbench-insert.sql before its last
-- two (the NOTIFY and END): the database's rate for a status post's writes as the service now makes them.
INSERT INTO limit_audit (actor, action, target, outcome, hash)
  VALUES ('bench-manufacturer@BENCHMFR', 'status-change.report', 'P' || :p || '#' || :revision, 'SUCCESS',
          sha256(convert_to('P' || :p || '#' || :revision, 'UTF8')));
