-- What one status post writes, as one transaction: the product's next revision (row lock), the history row, the
-- outbox row and the relay's wake-up. Tables from PgCopyLimit, in the database "bench".
\set p random(1, 2000)
BEGIN;
INSERT INTO limit_product_revision (yj_code, revision) VALUES ('P' || :p, 1)
  ON CONFLICT (yj_code) DO UPDATE SET revision = limit_product_revision.revision + 1 RETURNING revision \gset
INSERT INTO limit_status_change (yj_code, revision, shipment_response, reason, effective_date, reported_at, reported_by, event_id, resolution_outlook, shipment_volume)
  VALUES ('P' || :p, :revision, 'LIMITED_OWN_REASONS', 'MANUFACTURING_TROUBLE', '2026-12-01', now(), 'BENCHMFR', gen_random_uuid(), 'UNDECIDED', 'B');
INSERT INTO limit_outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
  VALUES (gen_random_uuid(), 'supply-status', 'P' || :p, 'org.shortagewatch.supply-status.changed.v1', 'P' || :p, now(),
  '{"yjCode":"2000000F0002","revision":1,"shipmentResponse":"LIMITED_OWN_REASONS","reason":"MANUFACTURING_TROUBLE","effectiveDate":"2026-12-01","effectiveDateCertainty":"ACTUAL","reportedAt":"2026-12-01T00:00:00Z","reportedBy":"BENCHMFR","resolutionOutlook":"UNDECIDED","shipmentVolume":"B"}');
SELECT pg_notify('limit_outbox', '');
END;
