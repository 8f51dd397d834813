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
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The broker as a process of its own: killed with SIGKILL, started again on its data, nothing acknowledged is lost;
 * behind a proxy, its clients stay behind the proxy.
 */
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

    @Test
    void aClientThatBootstrapsThroughTheProxyIsToldToStayBehindIt() throws Exception {
        Path data = Files.createTempDirectory("kafka-process-");
        int proxied = ChildProcessSupport.freePort();
        try (TcpProxy proxy = TcpProxy.start(0, proxied);
                KafkaProcess kafka = KafkaProcess.startBehindProxy(data, 0, 3, Duration.ofSeconds(90), proxied,
                        proxy.port())) {
            assertEquals(Set.of(proxy.port()), brokerPorts("localhost:" + proxy.port()), "the broker named is the proxy");
            assertEquals(Set.of(Integer.parseInt(kafka.bootstrapServers().split(":")[1])),
                    brokerPorts(kafka.bootstrapServers()), "a client of the first listener connects directly");
            try (KafkaProducer<String, String> producer = producer("localhost:" + proxy.port())) {
                producer.send(new ProducerRecord<>("faults", "yj", "through the proxy")).get();
                proxy.freeze();
                Future<RecordMetadata> frozen = producer.send(new ProducerRecord<>("faults", "yj", "held"));
                Thread.sleep(2_000);
                assertFalse(frozen.isDone(), "nothing passes a frozen proxy");
                proxy.unfreeze();
                frozen.get(30, TimeUnit.SECONDS);
            }
            assertEquals(List.of("through the proxy", "held"), readAll(kafka.bootstrapServers(), 2));
        } finally {
            ChildProcessSupport.deleteRecursively(data);
        }
    }

    private static Set<Integer> brokerPorts(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(Node::port)
                    .collect(Collectors.toSet());
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
