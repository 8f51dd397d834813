package org.shortagewatch.common.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
        JsonArray rows = new JsonArray();
        for (int i = 0; i < events.size(); i++) {
            OutboxEvent e = events.get(i);
            rows.add(new JsonObject().put("n", i).put("id", e.id().toString()).put("topic", e.topic())
                    .put("key", e.key()).put("type", e.type()).put("subject", e.subject())
                    .put("time", e.time().toString()).put("payload", e.payload()));
        }
        return session.createNativeQuery("""
                insert into outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
                select r.id, r.topic, r.key, r.type, r.subject, r.time, r.payload
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(n int, id uuid, topic text, key text,
                     type text, subject text, time timestamptz, payload text)
                order by r.n""")
                .setParameter("rows", rows.encode())
                .executeUpdate()
                .chain(() -> session.createNativeQuery(NOTIFY).getSingleResult())
                .replaceWithVoid();
    }
}
