-- A national notice writes about 352,000 ledger rows in one statement (176,000 facilities, inbox and stream each).
-- Measured with EXPLAIN ANALYZE, most of that statement's time went to per-row work that bought nothing:
--
-- * The foreign key to alert fired a trigger for every row, each looking up the one alert the same transaction had
--   just written (Ledger.recordAlert always runs first, and alerts are never deleted). The key goes; the writers
--   keep the rule.
-- * delivery_by_subscription indexed every row, although only webhook rows name a subscription: it becomes partial.
-- * Random (version 4) ids scattered each row's primary-key entry over the whole index. Ledger ids are now
--   time-ordered (version 7 layout: 48 bits of Unix milliseconds, then random bits), so a statement's rows append
--   to the right-hand edge of the index; they stay unguessable and unique.
alter table delivery drop constraint delivery_cause_event_id_fkey;

drop index delivery_by_subscription;
create index delivery_by_subscription on delivery (subscription_id) where subscription_id is not null;

-- A version 7 UUID: the random bytes of gen_random_uuid() with the first six replaced by the time in milliseconds
-- and the version nibble set to 7 (bits 52 and 53 of the version 4 nibble 0100 make 0111).
create function ledger_id() returns uuid
    language sql
    volatile
    parallel safe
as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                  placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                  from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;
