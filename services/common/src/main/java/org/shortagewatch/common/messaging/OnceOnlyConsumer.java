package org.shortagewatch.common.messaging;

import org.shortagewatch.common.config.ConsumerRetrySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The one way every consumer of every service applies a Kafka record: decode it, then apply its effect once, in one
 * transaction with the record of its event id, and acknowledge the offset only after that transaction commits.
 *
 * <p>Two kinds of failure, two answers:
 * <ul>
 * <li><b>A bad record</b> (not a CloudEvent of the expected type, data that does not read as its contract, or refused
 * by the consumer's own contract check) can never succeed: the returned {@code Uni} fails with
 * {@link PoisonRecord}, SmallRye sends the record to the channel's dead-letter topic with the reason, and the
 * partition flows on.</li>
 * <li><b>Anything else</b> (the database dropped, a lock timed out, the service's own bug on a valid record) is ours,
 * not the record's: the effect is retried, each time in a fresh transaction, with backoff
 * ({@code shortagewatch.consumer.retry.initial-backoff} doubling up to {@code max-backoff}) for as long as it takes.
 * The record is neither acknowledged nor sent anywhere meanwhile; the channel, which handles one record at a time,
 * waits, so every later record of every partition keeps its order, and Kafka pauses fetching once the channel's
 * buffer is full. A valid event is therefore never dead-lettered and never skipped.</li>
 * </ul>
 * While the service stops, a failed attempt is not retried and the record is left unacknowledged: it is consumed
 * again, once, after the restart.
 */
@ApplicationScoped
public class OnceOnlyConsumer {

    private static final Logger LOG = Logger.getLogger(OnceOnlyConsumer.class);

    /** The effect of one decoded event, in the transaction (on {@code connection}) that also records its id. */
    @FunctionalInterface
    public interface Effect<T> {
        Uni<Void> apply(SqlConnection connection, IncomingEvent event, T data);
    }

    /** A record that can never be applied; it goes to the dead-letter topic with this message as the reason. */
    public static final class PoisonRecord extends IllegalArgumentException {
        PoisonRecord(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    ProcessedEvents processed;

    @Inject
    DeadLetterSender deadLetters;

    @Inject
    Pool pool;

    @Inject
    MeterRegistry meters;

    @Inject
    ConsumerRetrySettings retry;

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** As {@link #apply(String, ConsumerRecord, String, Class, Check, Effect)} without a contract check. */
    public <T> Uni<Void> apply(String consumer, ConsumerRecord<String, String> record, String type, Class<T> dataType,
            Effect<T> effect) {
        return apply(consumer, record, type, dataType, (IncomingEvent event, T data) -> {
        }, effect);
    }

    /**
     * Applies the record's event once for {@code consumer}, in one transaction on the SQL client.
     *
     * @param type the expected {@code ce_type}
     * @param dataType the contract record the data reads as
     * @param check the consumer's own contract check; it throws (any runtime exception) for a record it refuses
     * @param effect what the event does, given the transaction's connection
     */
    public <T> Uni<Void> apply(String consumer, ConsumerRecord<String, String> record, String type, Class<T> dataType,
            Check<T> check, Effect<T> effect) {
        return decoded(consumer, record, type, dataType, check, (event, data) -> pool.withTransaction(connection ->
                processed.firstTime(connection, event.id(), consumer)
                        .chain(first -> first ? effect.apply(connection, event, data) : alreadyApplied(event))));
    }

    private static Uni<Void> alreadyApplied(IncomingEvent event) {
        LOG.debugf("event %s was applied before; ignored", event.id());
        return Uni.createFrom().voidItem();
    }

    /** One attempt at applying a decoded event, in a fresh transaction. */
    private interface Attempt<T> {
        Uni<Void> run(IncomingEvent event, T data);
    }

    /** Decodes and checks the record (a poison record fails at once), then runs attempts until one commits. */
    private <T> Uni<Void> decoded(String consumer, ConsumerRecord<String, String> record, String type,
            Class<T> dataType, Check<T> check, Attempt<T> attempt) {
        IncomingEvent event;
        T data;
        try {
            event = IncomingEvent.of(record, type);
            data = event.data(dataType);
            check.accept(event, data);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(new PoisonRecord(poison(consumer, record, type, e), e));
        }
        return retried(consumer, record.topic(), "event " + event.id() + " (" + record.topic() + "-" + record.partition()
                + "@" + record.offset() + ")", () -> attempt.run(event, data));
    }

    /**
     * Applies a batch of records (a channel with {@code batch=true}) for {@code consumer}: each bad record goes to
     * {@code channel}'s dead-letter topic with its reason ({@link DeadLetterSender}) and the rest of the batch
     * flows on; the valid events are recorded and applied in one transaction, each event for the first time only
     * (one seen before, or twice in the batch, is applied once), in the batch's order. A failure of ours retries
     * the whole transaction, as {@link #apply} does for one record; the batch is acknowledged, its offsets
     * committed, only after the transaction commits.
     */
    public <T> Uni<Void> applyBatch(String consumer, String channel, ConsumerRecords<String, String> records,
            String type, Class<T> dataType, Check<T> check, BatchEffect<T> effect) {
        List<BatchEffect.Decoded<T>> valid = new ArrayList<>(records.count());
        List<Uni<Void>> deadLettered = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent event = IncomingEvent.of(record, type);
                T data = event.data(dataType);
                check.accept(event, data);
                valid.add(new BatchEffect.Decoded<>(event, data));
            } catch (RuntimeException e) {
                String reason = poison(consumer, record, type, e);
                deadLettered.add(deadLetters.send(channel, record, reason));
            }
        }
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String topic = records.iterator().next().topic();
        String batch = records.count() + " records of " + topic;
        Uni<Void> poisonSent = deadLettered.isEmpty() ? Uni.createFrom().voidItem()
                : retried(consumer, topic, "dead-lettering in " + batch,
                        () -> Uni.join().all(deadLettered).andFailFast().replaceWithVoid());
        if (valid.isEmpty()) {
            return poisonSent;
        }
        List<UUID> ids = valid.stream().map(d -> d.event().id()).toList();
        return poisonSent.chain(() -> retried(consumer, topic, batch, () -> pool.withTransaction(connection ->
                processed.firstTimes(connection, ids, consumer).chain(fresh -> {
                    List<BatchEffect.Decoded<T>> first = valid.stream().filter(d -> fresh.remove(d.event().id())).toList();
                    if (first.size() < valid.size()) {
                        LOG.debugf("%d of %s applied before; ignored", valid.size() - first.size(), batch);
                    }
                    return first.isEmpty() ? Uni.createFrom().voidItem() : effect.apply(connection, first);
                }))));
    }

    /** As {@link #applyBatch(String, String, ConsumerRecords, String, Class, Check, BatchEffect)} without a contract check. */
    public <T> Uni<Void> applyBatch(String consumer, String channel, ConsumerRecords<String, String> records,
            String type, Class<T> dataType, BatchEffect<T> effect) {
        return applyBatch(consumer, channel, records, type, dataType, (IncomingEvent event, T data) -> {
        }, effect);
    }

    /** Counts and logs a record that can never be applied; answers the reason its dead letter carries. */
    private String poison(String consumer, ConsumerRecord<String, String> record, String type, RuntimeException e) {
        meters.counter("shortagewatch.consumer.dead_lettered", "consumer", consumer, "topic", record.topic()).increment();
        LOG.warnf("record %s-%d@%d is not a valid %s event; it goes to the dead-letter topic: %s",
                record.topic(), record.partition(), record.offset(), type, e.getMessage());
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /**
     * Runs attempts until one succeeds, each in a fresh subscription on the caller's Vert.x context, with backoff; a
     * failure while the service stops leaves the work undone and unacknowledged (it is consumed again after restart).
     */
    private Uni<Void> retried(String consumer, String topic, String what, java.util.function.Supplier<Uni<Void>> attempt) {
        Context context = Vertx.currentContext();
        Executor onMessageContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom().<Void>deferred(attempt::get)
                // every attempt, the first and each retry after its backoff, starts on the record's Vert.x context
                .runSubscriptionOn(onMessageContext)
                .onFailure().invoke(failure -> {
                    meters.counter("shortagewatch.consumer.retries", "consumer", consumer, "topic", topic).increment();
                    LOG.warnf("applying %s failed, not the record's fault; retrying: %s", what, failure.toString());
                })
                .onFailure(failure -> !stopping).retry().withBackOff(retry.initialBackoff(), retry.maxBackoff()).indefinitely()
                // stopping: leave the record unacknowledged (never dead-lettered); it is consumed again after restart
                .onFailure().recoverWithUni(failure -> Uni.createFrom().nothing());
    }

    /** A consumer's own contract check of a decoded event. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(IncomingEvent event, T data);
    }
}
