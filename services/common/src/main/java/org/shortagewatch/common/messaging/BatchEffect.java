package org.shortagewatch.common.messaging;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The effect of a batch of decoded events, each applied for the first time, in the one transaction (on
 * {@code connection}) that also records their ids ({@link OnceOnlyConsumer#applyBatch}). The events come in the
 * order of their partitions, so each key's events are in the order they were published.
 */
@FunctionalInterface
public interface BatchEffect<T> {

    /** One decoded event of the batch. */
    record Decoded<T>(IncomingEvent event, T data) {
    }

    Uni<Void> apply(SqlConnection connection, List<Decoded<T>> events);

    /** A batch effect that applies {@code effect} to each event in turn, each after the previous one finished. */
    static <T> BatchEffect<T> each(OnceOnlyConsumer.Effect<T> effect) {
        return (connection, events) -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Decoded<T> d : events) {
                chain = chain.chain(() -> effect.apply(connection, d.event(), d.data()));
            }
            return chain;
        };
    }
}
