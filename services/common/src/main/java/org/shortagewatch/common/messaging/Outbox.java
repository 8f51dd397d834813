package org.shortagewatch.common.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.common.sql.BatchArrays;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes events into the outbox table in the caller's transaction, so an event exists if and only if the state
 * change it describes was committed. {@code pg_notify} in the same transaction wakes the relay at commit.
 */
@ApplicationScoped
public class Outbox {

    static final String CHANNEL = "outbox";
    private static final String NOTIFY = "select pg_notify('" + CHANNEL + "', '')";

    /** Writes one event in the transaction of {@code connection}. */
    public Uni<Void> append(SqlConnection connection, OutboxEvent event) {
        return appendAll(connection, List.of(event));
    }

    public Uni<Void> append(Mutiny.Session session, OutboxEvent event) {
        return session.createNativeQuery("""
                insert into outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
                values (:id, :topic, :key, :type, :subject, :time, :payload)""")
                .setParameter("id", event.id())
                .setParameter("topic", event.topic())
                .setParameter("key", event.key())
                .setParameter("type", event.type())
                .setParameter("subject", event.subject())
                .setParameter("time", event.time())
                .setParameter("payload", event.payload())
                .executeUpdate()
                .chain(() -> session.createNativeQuery(NOTIFY).getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Writes many events in the transaction of {@code connection}, in list order (the relay publishes them in that
     * order): one statement, however many events.
     */
    public Uni<Void> appendAll(SqlConnection connection, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] subjects = new String[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            OutboxEvent event = events.get(i);
            ids[i] = event.id();
            topics[i] = event.topic();
            keys[i] = event.key();
            types[i] = event.type();
            subjects[i] = event.subject();
            times[i] = event.time().atOffset(ZoneOffset.UTC);
            payloads[i] = event.payload();
        }
        return connection.preparedQuery("""
                insert into outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
                select id, topic, record_key, event_type, subject, occurred_at, payload
                from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[])
                     with ordinality as e(id, topic, record_key, event_type, subject, occurred_at, payload, n)
                order by n""")
                .execute(Tuple.from(List.<Object>of(ids, topics, keys, types, subjects, times, payloads)))
                .chain(() -> connection.query(NOTIFY).execute())
                .replaceWithVoid();
    }

    /**
     * Appends many events in one statement (and one notification), in list order: for a recomputation that emits a
     * batch of events, no round trip per event.
     */
    public Uni<Void> appendAll(Mutiny.Session session, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session.createNativeQuery("""
                insert into outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
                select e.id, e.topic, e.record_key, e.event_type, e.subject, e.occurred_at at time zone 'UTC', e.payload
                from unnest(cast(:ids as uuid[]), cast(:topics as text[]), cast(:keys as text[]),
                            cast(:types as text[]), cast(:subjects as text[]), cast(:times as timestamp[]),
                            cast(:payloads as text[]))
                     with ordinality as e(id, topic, record_key, event_type, subject, occurred_at, payload, n)
                order by e.n""")
                .setParameter("ids", BatchArrays.uuid(events, OutboxEvent::id))
                .setParameter("topics", BatchArrays.text(events, OutboxEvent::topic))
                .setParameter("keys", BatchArrays.text(events, OutboxEvent::key))
                .setParameter("types", BatchArrays.text(events, OutboxEvent::type))
                .setParameter("subjects", BatchArrays.text(events, OutboxEvent::subject))
                .setParameter("times", BatchArrays.utc(events, OutboxEvent::time))
                .setParameter("payloads", BatchArrays.text(events, OutboxEvent::payload))
                .executeUpdate()
                .chain(() -> session.createNativeQuery(NOTIFY).getSingleResult())
                .replaceWithVoid();
    }

}
