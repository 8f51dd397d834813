package org.shortagewatch.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, as a test's independent witness of what was published. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Reads {@code topic} from its start until {@code enough} holds for what was read, or {@code wait} passes;
     * returns the records read (so a caller can also assert that something did not arrive).
     */
    public static List<ConsumerRecord<String, String>> read(String bootstrapServers, String topic, Duration wait,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        return read(bootstrapServers, List.of(topic), wait, enough);
    }

    /** How many records the topics hold now (from each partition's first offset to its end). */
    public static long recordCount(String bootstrapServers, List<String> topics) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(bootstrapServers))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
            return consumer.endOffsets(partitions, Duration.ofSeconds(30)).entrySet().stream()
                    .mapToLong(end -> end.getValue() - first.get(end.getKey())).sum();
        }
    }

    /** As {@link #read(String, String, Duration, Predicate)}, from several topics at once. */
    public static List<ConsumerRecord<String, String>> read(String bootstrapServers, List<String> topics, Duration wait,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(bootstrapServers))) {
            consumer.subscribe(topics);
            Instant deadline = Instant.now().plus(wait);
            while (Instant.now().isBefore(deadline) && !enough.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static Properties properties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
