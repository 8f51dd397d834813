package org.shortagewatch.common.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

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
}
