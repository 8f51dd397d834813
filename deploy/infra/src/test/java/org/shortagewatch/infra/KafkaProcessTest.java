package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The broker as a process of its own: killed with SIGKILL, started again on its data, nothing acknowledged is lost. */
class KafkaProcessTest {

    @Test
    void aKilledBrokerComesBackOnItsDataWithEveryAcknowledgedRecord() throws Exception {
        Path data = Files.createTempDirectory("kafka-process-");
        try {
            List<String> sent = new ArrayList<>();
            KafkaProcess kafka = KafkaProcess.start(data, 0, 3, Duration.ofSeconds(90));
            String bootstrap = kafka.bootstrapServers();
            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                for (int i = 0; i < 500; i++) {
                    String value = "change-" + i;
                    producer.send(new ProducerRecord<>("faults", "yj-" + (i % 7), value)).get();
                    sent.add(value);
                }
            }
            kafka.kill();
            assertFalse(ProcessHandle.of(kafka.pid()).map(ProcessHandle::isAlive).orElse(false), "killed");

            try (KafkaProcess again = KafkaProcess.start(data, 0, 3, Duration.ofSeconds(90))) {
                assertEquals(bootstrap, again.bootstrapServers(), "the same port after a restart");
                assertEquals(Set.copyOf(sent), Set.copyOf(readAll(bootstrap, sent.size())));
            }
        } finally {
            ChildProcessSupport.deleteRecursively(data);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(String bootstrap, int expected) {
        List<String> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("faults"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> read.add(r.value()));
            }
        }
        return read;
    }
}
