package org.shortagewatch.common.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Writes events into the outbox table in the caller's transaction, so an event exists if and only if the state
 * change it describes was committed. {@code pg_notify} in the same transaction wakes the relay at commit.
 */
@ApplicationScoped
public class Outbox {

    static final String CHANNEL = "outbox";

    public Uni<Void> append(Mutiny.Session session, OutboxEvent event) {
        return session.createNativeMutationQuery("""
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
                .chain(() -> session.createNativeQuery("select pg_notify('" + CHANNEL + "', '')").getSingleResult())
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
        return session.createNativeMutationQuery("""
                insert into outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
                select r.id, r.topic, r.key, r.type, r.subject, r.time, r.payload
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(n int, id uuid, topic text, key text,
                     type text, subject text, time timestamptz, payload text)
                order by r.n""")
                .setParameter("rows", rows.encode())
                .executeUpdate()
                .chain(() -> session.createNativeQuery("select pg_notify('" + CHANNEL + "', '')").getSingleResult())
                .replaceWithVoid();
    }
}
