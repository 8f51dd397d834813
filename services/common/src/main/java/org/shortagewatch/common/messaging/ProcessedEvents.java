package org.shortagewatch.common.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The idempotent consumer's log: each CloudEvents id a consumer applied, recorded in the same transaction as the
 * effect. A redelivered event finds its id already there and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    /**
     * Records that {@code consumer} applies event {@code eventId} now.
     *
     * @return true the first time, false if the event was applied before (the caller then does nothing)
     */
    public Uni<Boolean> firstTime(SqlConnection connection, UUID eventId, String consumer) {
        return connection
                .preparedQuery("insert into processed_event (event_id, consumer) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(eventId, consumer))
                .map(result -> result.rowCount() == 1);
    }
}
