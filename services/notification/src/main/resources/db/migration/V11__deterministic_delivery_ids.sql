-- A ledger row's id is the webhook-id receivers deduplicate on, and the id inbox and stream entries carry. It is now
-- derived from what the row is, (cause event, recipient, channel), which the ledger holds once (delivery_once): the
-- same delivery re-created after a restore from backup, or by a replay from Kafka into a rebuilt ledger, carries the
-- same id, so a receiver never takes it for a new one.
--
-- Layout (RFC 9562 version 8, "custom"): the first six bytes of the cause's own id, so the rows of one alert or
-- notice share a prefix and one statement's rows go to one place in the primary-key index (what version 7 ids bought
-- in V6), then bytes of the MD5 of cause, recipient and channel, with the version and variant bits set.
create function delivery_id(cause uuid, recipient text, channel text) returns uuid
    language sql
    immutable
    parallel safe
as $$
    select encode(
        set_bit(set_bit(                                  -- variant 10 (byte 8's two high bits)
        set_bit(set_bit(set_bit(set_bit(                  -- version 1000 (byte 6's high nibble)
            overlay(decode(md5(cause::text || '|' || recipient || '|' || channel), 'hex')
                    placing substring(uuid_send(cause) from 1 for 6) from 1 for 6),
            55, 1), 54, 0), 53, 0), 52, 0),
        71, 1), 70, 0),
        'hex')::uuid
$$;

-- every writer of the ledger now derives its ids
drop function ledger_id();
