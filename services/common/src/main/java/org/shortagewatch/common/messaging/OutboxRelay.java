package org.shortagewatch.common.messaging;

import org.shortagewatch.common.config.OutboxSettings;
import org.shortagewatch.common.sql.BatchArrays;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.shortagewatch.events.CloudEvents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode), oldest first, and marks them published once the
 * broker has acknowledged them: at least once, in order per record key.
 *
 * <p>A {@link QueueWorker}: it wakes at once when a transaction that wrote to the outbox commits (PostgreSQL
 * {@code LISTEN/NOTIFY}), and also sweeps on a timer, which catches rows left by a crash and any missed notification.
 * One relay of a service drains at a time: a drain holds an advisory lock on its connection from its first read to
 * its last mark, so several instances never publish the same row and cannot reorder a key.
 *
 * <p>A drain is a pipeline of batches: while Kafka acknowledges one batch, the relay marks the batch before it
 * published and reads the batch after it, the oldest unpublished rows but those in flight; it sends that batch once
 * every record of this one is acknowledged. So one batch at most is in the producer, in id order, and batches are
 * marked in the order they were sent; a failed send ends the drain with its batch and every later one unmarked, to be
 * sent again (the consumers' once-only guard absorbs a record that had arrived).
 *
 * <p>A batch goes to the {@code outbox} channel's Kafka producer (its settings are the channel's:
 * {@code mp.messaging.outgoing.outbox.*}) in one hand-over to the producer's sending thread, not as a channel message
 * per row: a message's way through the channel, on the event loop, took about a third of a batch's time.
 */
@ApplicationScoped
public class OutboxRelay extends QueueWorker {

    /** The advisory lock a relay drains under, per database (an operator finds its holder in {@code pg_locks}). */
    public static final long RELAY_LOCK = 0x53_57_4f_42L;
    private static final Duration NOT_READY_PAUSE = Duration.ofMillis(200);
    /** The messaging channel whose producer publishes the outbox ({@code mp.messaging.outgoing.outbox.*}). */
    private static final String KAFKA_CHANNEL = "outbox";

    @Inject
    Pool pool;

    /**
     * Sends nothing: it connects the channel, for which the connector then creates the producer the relay sends with,
     * and tells when the channel is connected.
     */
    @Inject
    @Channel(KAFKA_CHANNEL)
    MutinyEmitter<String> channel;

    @Inject
    KafkaClientService kafka;

    @Inject
    OutboxSettings settings;

    @Inject
    MeterRegistry meters;

    private Counter published;

    /** Rows read for publishing, in id order, with the records they become. */
    private record Batch(List<Long> ids, List<ProducerRecord<String, String>> records) {

        static final Batch NONE = new Batch(List.of(), List.of());
    }

    @Override
    protected void starting() {
        published = meters.counter("shortagewatch.outbox.published");
    }

    @Override
    protected Spec spec() {
        return new Spec("outbox relay", Outbox.CHANNEL, settings.relay().batchSize(), settings.relay().sweepInterval(),
                settings.relay().enabled());
    }

    /** Publishes the outbox's backlog, batch after batch; returns how many rows it published. */
    @Override
    protected Uni<Integer> drainOnce() {
        KafkaProducer<String, String> producer = kafka.getProducer(KAFKA_CHANNEL);
        if (!channel.hasRequests() || producer == null) {
            // The channel is not connected to Kafka yet (start-up) or asks for nothing now: look again shortly.
            return Uni.createFrom().item(0).onItem().delayIt().by(NOT_READY_PAUSE).invoke(this::wake);
        }
        Context drain = Vertx.currentContext();
        Relaying relaying = new Relaying(producer, command -> drain.runOnContext(ignored -> command.run()));
        return pool.withConnection(connection -> connection
                .preparedQuery("select pg_try_advisory_lock($1) as locked")
                .execute(Tuple.of(RELAY_LOCK))
                .chain(rows -> rows.iterator().next().getBoolean("locked")
                        ? read(connection, Batch.NONE)
                                .chain(first -> publish(relaying, connection, first, Batch.NONE, 0))
                                .eventually(() -> connection.preparedQuery("select pg_advisory_unlock($1)")
                                        .execute(Tuple.of(RELAY_LOCK)))
                        : Uni.createFrom().item(0)));
    }

    /** Where a drain sends, and where it goes on once Kafka has acknowledged a batch: the drain's own context. */
    private record Relaying(KafkaProducer<String, String> producer, Executor drainContext) {
    }

    /**
     * Sends {@code batch} and, while Kafka acknowledges it, marks {@code acknowledged} (the batch sent before it, every
     * record acknowledged) published and then reads the batch after it; goes on with that one once both are done.
     * Answers {@code done} and the rows published from here on.
     */
    private Uni<Integer> publish(Relaying relaying, SqlConnection connection, Batch batch, Batch acknowledged,
            int done) {
        Uni<Void> marked = markPublished(connection, acknowledged);
        if (batch.ids().isEmpty()) {
            return marked.replaceWith(done);
        }
        Uni<Batch> next = marked.chain(() -> batch.ids().size() < settings.relay().batchSize()
                ? Uni.createFrom().item(Batch.NONE)
                : read(connection, batch));
        return Uni.combine().all().unis(send(relaying, batch), next).collectFailures().asTuple()
                .chain(sentAndNext -> publish(relaying, connection, sentAndNext.getItem2(), batch,
                        done + batch.ids().size()));
    }

    /**
     * The oldest unpublished rows but those of {@code inFlight}: a row committed late with a lower id than some in
     * flight comes next, before any later row of its key (which committed after it).
     */
    private Uni<Batch> read(SqlConnection connection, Batch inFlight) {
        return connection.preparedQuery("""
                select id, event_id, topic, record_key, event_type, subject, occurred_at, payload
                from outbox where published_at is null and id <> all($2::bigint[]) order by id limit $1""")
                .execute(Tuple.of(settings.relay().batchSize(), BatchArrays.int8(inFlight.ids(), Function.identity())))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>(rows.size());
                    List<ProducerRecord<String, String>> records = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        records.add(toRecord(row));
                    }
                    return new Batch(ids, records);
                });
    }

    /**
     * Hands the batch's records to the producer in id order, at once on its sending thread, so they reach each
     * partition in that order; settles when every one is acknowledged or has failed (failing with the first failure),
     * so no record of a failed batch is still in the producer when the next drain sends it again.
     */
    private Uni<Void> send(Relaying relaying, Batch batch) {
        return Uni.createFrom().<Void>emitter(settled -> {
            Acknowledgements acknowledgements = new Acknowledgements(batch.records().size(), settled);
            relaying.producer().runOnSendingThread(producer -> {
                acknowledgements.sendAll(producer, batch.records());
            }).subscribe().with(handedOver -> { },
                    // the producer could not be had: nothing was sent
                    failure -> acknowledgements.settle(failure, batch.records().size()));
        }).emitOn(relaying.drainContext());
    }

    /** Settles a batch once each of its records is acknowledged or has failed, with the first failure if any. */
    private static final class Acknowledgements implements Callback {

        private final AtomicInteger pending;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final UniEmitter<? super Void> settled;

        Acknowledgements(int records, UniEmitter<? super Void> settled) {
            this.pending = new AtomicInteger(records);
            this.settled = settled;
        }

        void sendAll(Producer<String, String> producer, List<ProducerRecord<String, String>> records) {
            for (int i = 0; i < records.size(); i++) {
                try {
                    producer.send(records.get(i), this);
                } catch (RuntimeException refused) {
                    // Refused outright (the producer calls back only for what it took): it and the rest go unsent.
                    settle(refused, records.size() - i);
                    return;
                }
            }
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            settle(exception, 1);
        }

        void settle(Throwable outcome, int records) {
            if (outcome != null) {
                failure.compareAndSet(null, outcome);
            }
            if (pending.addAndGet(-records) == 0) {
                if (failure.get() == null) {
                    settled.complete(null);
                } else {
                    settled.fail(failure.get());
                }
            }
        }
    }

    private Uni<Void> markPublished(SqlConnection connection, Batch batch) {
        if (batch.ids().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("update outbox set published_at = now() where id = any($1::bigint[])")
                .execute(Tuple.of(BatchArrays.int8(batch.ids(), Function.identity())))
                .invoke(() -> published.increment(batch.ids().size()))
                .replaceWithVoid();
    }

    private ProducerRecord<String, String> toRecord(Row row) {
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
        return new ProducerRecord<>(row.getString("topic"), null, Instant.now().toEpochMilli(),
                row.getString("record_key"), row.getString("payload"), headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
