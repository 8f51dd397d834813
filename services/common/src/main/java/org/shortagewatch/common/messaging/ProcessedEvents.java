package org.shortagewatch.common.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Records that {@code consumer} applies the events {@code eventIds} now, in one statement.
     *
     * @return the ids applied for the first time (the caller applies only those)
     */
    public Uni<Set<UUID>> firstTimes(SqlConnection connection, List<UUID> eventIds, String consumer) {
        return connection.preparedQuery("""
                insert into processed_event (event_id, consumer)
                select id, $2 from unnest($1::uuid[]) as id
                on conflict do nothing returning event_id""")
                .execute(Tuple.of(eventIds.toArray(new UUID[0]), consumer))
                .map(rows -> {
                    Set<UUID> fresh = new HashSet<>();
                    rows.forEach(row -> fresh.add(row.getUUID("event_id")));
                    return fresh;
                });
    }
}
