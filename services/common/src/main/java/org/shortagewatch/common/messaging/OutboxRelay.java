package org.shortagewatch.common.messaging;

import org.shortagewatch.common.config.OutboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.shortagewatch.events.CloudEvents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode), oldest first, and marks them published once the
 * broker has acknowledged them: at least once, in order per record key.
 *
 * <p>A {@link QueueWorker}: it wakes at once when a transaction that wrote to the outbox commits (PostgreSQL
 * {@code LISTEN/NOTIFY}), and also sweeps on a timer, which catches rows left by a crash and any missed notification. A transaction-scoped
 * advisory lock lets only one relay of a service drain at a time, so several replicas cannot reorder a key.
 */
@ApplicationScoped
public class OutboxRelay extends QueueWorker {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory-lock key of the relay, per database. */
    private static final long RELAY_LOCK = 0x53_57_4f_42L;
    private static final Duration NOT_READY_PAUSE = Duration.ofMillis(200);

    @Inject
    Pool pool;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    MutinyEmitter<String> emitter;

    @Inject
    OutboxSettings settings;

    @Inject
    MeterRegistry meters;

    private Counter published;

    @Override
    protected void starting() {
        published = meters.counter("shortagewatch.outbox.published");
    }

    @Override
    protected Spec spec() {
        return new Spec("outbox relay", Outbox.CHANNEL, settings.relay().batchSize(), settings.relay().sweepInterval(),
                settings.relay().enabled());
    }

    /** Publishes one batch; returns how many rows it published. */
    @Override
    protected Uni<Integer> drainOnce() {
        if (!emitter.hasRequests()) {
            // The channel is not connected to Kafka yet (start-up) or asks for nothing now: look again shortly.
            return Uni.createFrom().item(0).onItem().delayIt().by(NOT_READY_PAUSE).invoke(this::wake);
        }
        return pool.withTransaction(connection -> connection
                .preparedQuery("select pg_try_advisory_xact_lock($1) as locked")
                .execute(Tuple.of(RELAY_LOCK))
                .chain(rows -> rows.iterator().next().getBoolean("locked")
                        ? publishBatch(connection)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishBatch(SqlConnection connection) {
        return connection.preparedQuery("""
                select id, event_id, topic, record_key, event_type, subject, occurred_at, payload
                from outbox where published_at is null order by id limit $1""")
                .execute(Tuple.of(settings.relay().batchSize()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(0);
                    }
                    List<Long> ids = new ArrayList<>(rows.size());
                    List<Uni<Void>> acks = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        acks.add(emitter.sendMessage(toMessage(row)));
                    }
                    // Subscribed in id order, so records reach the producer, and each partition, in that order.
                    return Uni.join().all(acks).andFailFast()
                            .chain(() -> connection
                                    .preparedQuery("update outbox set published_at = now() where id = any($1)")
                                    .execute(Tuple.of(ids.toArray(new Long[0]))))
                            .invoke(() -> published.increment(ids.size()))
                            .replaceWith(ids.size());
                });
    }

    private Message<String> toMessage(Row row) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEvents.SPEC_VERSION, "1.0");
        add(headers, CloudEvents.ID, row.getUUID("event_id").toString());
        add(headers, CloudEvents.TYPE, row.getString("event_type"));
        add(headers, CloudEvents.SOURCE, settings.source());
        add(headers, CloudEvents.TIME, row.getOffsetDateTime("occurred_at").toInstant().toString());
        if (row.getString("subject") != null) {
            add(headers, CloudEvents.SUBJECT, row.getString("subject"));
        }
        add(headers, CloudEvents.CONTENT_TYPE, "application/json");
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("record_key"))
                .withHeaders(headers)
                .withTimestamp(Instant.now())
                .build();
        return Message.of(row.getString("payload"), Metadata.of(kafka));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
