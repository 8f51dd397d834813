package org.shortagewatch.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.notification.matching.MatchingTest;

/** Supply-status records published as one burst, as a busy manufacturer-report's relay publishes them. */
final class SupplyStatusBurst {

    private SupplyStatusBurst() {
    }

    /** A product no other test has reported. */
    static String freshProduct() {
        return MatchingTest.ingredient() + "F1022";
    }

    /** A supply-status record of revision {@code revision}: limited, stopped and normal shipment by turns. */
    static ProducerRecord<String, String> change(String yj, UUID id, long revision) {
        ShipmentResponse response = List.of(ShipmentResponse.NORMAL, ShipmentResponse.LIMITED_OWN_REASONS,
                ShipmentResponse.STOPPED).get((int) (revision % 3));
        return TestEvents.supplyStatus(yj, id, new SupplyStatusChanged(yj, revision, response,
                response == ShipmentResponse.NORMAL ? null : ShortageReason.MANUFACTURING_TROUBLE,
                LocalDate.of(2026, 12, 1), Instant.now(), "M0001"));
    }

    /**
     * Publishes the records as one burst: a producer that lingers puts them in record batches of the size it
     * allows, each key's records in order, so the consumers poll them together.
     */
    static void publish(List<ProducerRecord<String, String>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "500");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "1048576");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    /** Fresh products, at least {@code each} of them keyed to each partition of the topic. */
    static List<String> productsOnEveryPartition(int partitions, int each) {
        Map<Integer, List<String>> byPartition = new HashMap<>();
        while (byPartition.size() < partitions || byPartition.values().stream().anyMatch(p -> p.size() < each)) {
            String yj = freshProduct();
            int partition = Utils.toPositive(Utils.murmur2(yj.getBytes(StandardCharsets.UTF_8))) % partitions;
            byPartition.computeIfAbsent(partition, p -> new ArrayList<>()).add(yj);
        }
        return byPartition.values().stream().flatMap(List::stream).toList();
    }
}
