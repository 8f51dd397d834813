package org.shortagewatch.common.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Sends a record that can never be applied to its channel's dead-letter topic
 * ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}), with the headers SmallRye's dead-letter
 * strategy writes ({@code dead-letter-reason}, {@code -topic}, {@code -partition}, {@code -offset}) beside the
 * record's own, so {@link DeadLetters} lists and re-drives it like any other. A channel consumed in batches needs
 * it: SmallRye's strategy would send the whole batch, valid records too, where one record is bad.
 */
@ApplicationScoped
public class DeadLetterSender {

    @Inject
    Config config;

    private volatile KafkaProducer<String, String> producer;

    /** Sends the record to {@code channel}'s dead-letter topic; the item arrives once the broker has it. */
    public Uni<Void> send(String channel, ConsumerRecord<String, String> record, String reason) {
        String topic = config.getValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        add(headers, "dead-letter-reason", reason);
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", Integer.toString(record.partition()));
        add(headers, "dead-letter-offset", Long.toString(record.offset()));
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
        return Uni.createFrom().<Void>emitter(done -> producer().send(letter, (metadata, failure) -> {
            if (failure != null) {
                done.fail(failure);
            } else {
                done.complete(null);
            }
        })).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // send may block while it learns the topic
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = new Properties();
                    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-sender");
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
