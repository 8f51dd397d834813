package org.shortagewatch.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The first stage of the end-to-end way: when each status change's event is readable on the supply-status topic,
 * read by a consumer of its own from the end of the topic, so the report splits the latency into "to Kafka" and
 * "after".
 */
final class KafkaStage implements AutoCloseable {

    static final String CHANNEL = "kafka";
    private final Thread thread;
    private volatile boolean running = true;

    KafkaStage(String bootstrapServers, ConcurrentLinkedQueue<EndToEndRig.Receipt> receipts) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("group.id", "bench-e2e-" + UUID.randomUUID());
        props.put("auto.offset.reset", "latest");
        props.put("enable.auto.commit", "false");
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(Bulk.TOPIC));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100)); // joined, positioned at the end
        }
        thread = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        try {
                            receipts.add(new EndToEndRig.Receipt(EndToEndRig.key(record.value()), now, CHANNEL, null));
                        } catch (IOException | RuntimeException notAChange) {
                            // not an event of ours
                        }
                    }
                }
            }
        }, "kafka-stage");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
