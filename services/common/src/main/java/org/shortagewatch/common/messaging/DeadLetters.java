package org.shortagewatch.common.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.shortagewatch.events.CloudEvents;

/**
 * The service's dead-letter topics, for operators: what is in them, and re-driving it.
 *
 * <p>Only a record that is not a valid event lands there (see {@link OnceOnlyConsumer}). Re-driving publishes each
 * record not re-driven before back to the topic it came from, with its original key and headers (so the same
 * {@code ce_id}) plus {@value #REDRIVEN_HEADER} naming where it was; progress is kept as the committed offset of
 * the consumer group {@code <service>-redrive} on the dead-letter topic, so nothing is re-driven twice. The consumer
 * then treats it like any record: a record still invalid goes back to the dead-letter topic with its new reason
 * (never lost); a valid one is applied once (its {@code ce_id} was never recorded as processed). Since it arrives
 * after the newer events of its key, each consumer's newest-revision rule decides what it still changes: the newest
 * state always wins, and an event older than what a projection holds changes nothing and alerts nobody, because
 * alerting a superseded status would mislead.
 *
 * <p>Blocking (plain Kafka clients): call it on a worker thread.
 */
@ApplicationScoped
public class DeadLetters {

    /** Header added to a re-driven record: {@code <dead-letter topic>/<partition>/<offset>}. */
    public static final String REDRIVEN_HEADER = "shortagewatch-redriven-from";
    private static final Pattern DLQ_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.dead-letter-queue\\.topic");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_AT_MOST = Duration.ofSeconds(60);

    /** One dead-lettered record, and whether it was re-driven already. */
    public record DeadLetter(String deadLetterTopic, int partition, long offset, String originalTopic, String key,
            String eventId, String eventType, String reason, Instant deadLetteredAt, boolean redriven) {
    }

    /** What a re-drive did. */
    public record Redrive(String deadLetterTopic, String originalTopic, int redriven) {
    }

    @Inject
    Config config;

    /** The dead-letter topics of this service's channels, each with the topic its records came from. */
    public Map<String, String> topics() {
        Map<String, String> topics = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = DLQ_TOPIC.matcher(name);
            if (m.matches()) {
                String channel = m.group(1);
                config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class).ifPresent(
                        original -> topics.put(config.getValue(name, String.class), original));
            }
        }
        return topics;
    }

    /** Every record in the service's dead-letter topics, oldest first per partition. */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (Map.Entry<String, String> topic : topics().entrySet()) {
                List<TopicPartition> partitions = partitions(consumer, topic.getKey());
                Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(new HashSet<>(partitions));
                for (ConsumerRecord<String, String> r : readAll(consumer, partitions, false)) {
                    OffsetAndMetadata committed = done.get(new TopicPartition(r.topic(), r.partition()));
                    letters.add(new DeadLetter(r.topic(), r.partition(), r.offset(), topic.getValue(), r.key(),
                            header(r, CloudEvents.ID), header(r, CloudEvents.TYPE), header(r, "dead-letter-reason"),
                            Instant.ofEpochMilli(r.timestamp()), committed != null && r.offset() < committed.offset()));
                }
            }
        }
        return letters;
    }

    /** Re-drives every record of {@code deadLetterTopic} not re-driven before. */
    public Redrive redrive(String deadLetterTopic) {
        String original = topics().get(deadLetterTopic);
        if (original == null) {
            throw new IllegalArgumentException("not a dead-letter topic of this service: " + deadLetterTopic);
        }
        int count = 0;
        try (KafkaConsumer<String, String> consumer = consumer(); KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ConsumerRecord<String, String> r : readAll(consumer, partitions, true)) {
                RecordHeaders headers = new RecordHeaders();
                for (Header h : r.headers()) {
                    if (!h.key().startsWith("dead-letter-")) {
                        headers.add(h);
                    }
                }
                headers.add(REDRIVEN_HEADER, (r.topic() + "/" + r.partition() + "/" + r.offset())
                        .getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(new ProducerRecord<>(original, null, r.key(), r.value(), headers)));
                next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                count++;
            }
            producer.flush();
            awaitAll(sent);
            if (!next.isEmpty()) {
                consumer.commitSync(next);
            }
        }
        return new Redrive(deadLetterTopic, original, count);
    }

    /**
     * Waits for every re-driven record to be taken by the broker; if one was not, none of the batch is marked re-driven
     * (its offsets are not committed), and the next re-drive sends it again (consumers take an event once).
     */
    private static void awaitAll(List<Future<RecordMetadata>> sent) {
        try {
            for (Future<RecordMetadata> send : sent) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a re-driven record was not published; nothing was marked re-driven",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving; nothing was marked re-driven", e);
        }
    }

    private List<ConsumerRecord<String, String>> readAll(KafkaConsumer<String, String> consumer,
            List<TopicPartition> partitions, boolean fromCommitted) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (partitions.isEmpty()) {
            return records;
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        for (TopicPartition p : partitions) {
            OffsetAndMetadata done = committed.get(p);
            if (fromCommitted && done != null) {
                consumer.seek(p, done.offset());
            } else {
                consumer.seekToBeginning(List.of(p));
            }
        }
        Instant deadline = Instant.now().plus(READ_AT_MOST);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read to the end of " + partitions + " within " + READ_AT_MOST);
            }
            consumer.poll(POLL).forEach(records::add);
        }
        records.removeIf(r -> r.offset() >= end.get(new TopicPartition(r.topic(), r.partition())));
        return records;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(10)).get(topic);
        return infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG,
                config.getOptionalValue("quarkus.application.name", String.class).orElse("service") + "-redrive");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letters-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
