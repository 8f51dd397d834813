package org.shortagewatch.common.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

    /**
     * Writes many events in the transaction of {@code connection}, in list order (the relay publishes them in that
     * order): one statement, however many events, sent with the NOTIFY in one round trip.
     */
    public Uni<Void> appendAll(SqlConnection connection, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // The insert and the NOTIFY go out together (pipelined on the connection): one round trip, not two.
        Uni<?> insert = connection.preparedQuery("""
                insert into outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
                select id, topic, record_key, event_type, subject, occurred_at, payload
                from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[])
                     with ordinality as e(id, topic, record_key, event_type, subject, occurred_at, payload, n)
                order by n""")
                .execute(Tuple.from(List.<Object>of(BatchArrays.uuid(events, OutboxEvent::id),
                        BatchArrays.text(events, OutboxEvent::topic), BatchArrays.text(events, OutboxEvent::key),
                        BatchArrays.text(events, OutboxEvent::type), BatchArrays.text(events, OutboxEvent::subject),
                        BatchArrays.timestamptz(events, OutboxEvent::time),
                        BatchArrays.text(events, OutboxEvent::payload))));
        return Uni.combine().all().unis(insert, connection.query(NOTIFY).execute()).discardItems();
    }
}
