package org.shortagewatch.local;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusConfirmationDue;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.ProjectTopics;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TopicReader;

/**
 * A poison record on every topic a service consumes: a record that is no event (no CloudEvents headers, a body that
 * is not JSON), followed on its partition (the same key) by a valid event. Each consumer must send the poison record
 * to its dead-letter topic with the reason and go on: the valid event after it is applied. On supply-status the key
 * is a product a burst goes on changing, whose later changes are the valid events.
 */
final class PoisonRecords {

    /** How every poison record's body begins, so the check for valid events in dead-letter topics can pass over it. */
    static final String MARKER = "poison record of the fault suite: ";

    /** One poison record sent: where, its key, its body, when the broker took it, and the valid event after it. */
    record Sent(String topic, String key, String body, long timestamp, UUID validEventId) {
    }

    /** One dead letter found: the consumer's dead-letter topic, how long after the poison record, and the reason. */
    record Letter(String deadLetterTopic, String key, long millis, String reason) {
    }

    private PoisonRecords() {
    }

    static boolean isPoison(ConsumerRecord<String, String> record) {
        return record.value() != null && record.value().startsWith(MARKER);
    }

    /** Every dead-letter topic of the project: {@code <topic>-dlq-<consuming service>}. */
    static List<String> deadLetterTopics() {
        return ProjectTopics.ALL.stream().map(ProjectTopics.Topic::name).filter(n -> n.contains("-dlq-")).toList();
    }

    /** The topics the services consume. */
    static List<String> consumedTopics() {
        return deadLetterTopics().stream().map(n -> n.substring(0, n.indexOf("-dlq-"))).distinct().toList();
    }

    /** Sends a poison record to every consumed topic, each followed by a valid event of its key but on supply-status. */
    static List<Sent> send(String bootstrapServers, String burstProduct) throws Exception {
        List<Sent> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : consumedTopics()) {
                String key = topic.equals(SupplyStatusChanged.TOPIC) ? burstProduct : "6290001F1018";
                String body = MARKER + UUID.randomUUID();
                long timestamp = producer.send(new ProducerRecord<>(topic, key, body)).get().timestamp();
                UUID valid = null;
                if (!topic.equals(SupplyStatusChanged.TOPIC)) {
                    valid = UUID.randomUUID();
                    producer.send(validEvent(topic, key, valid)).get();
                }
                sent.add(new Sent(topic, key, body, timestamp, valid));
            }
        }
        return sent;
    }

    /** A valid event of each kind notification consumes, keyed {@code key}, that tells nobody anything. */
    private static ProducerRecord<String, String> validEvent(String topic, String key, UUID id) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        return switch (topic) {
            case ProductChanged.TOPIC -> TestEvents.productChanged(id, new ProductChanged(1, new ProductDetails(key,
                    "障害試験錠10mg", "障害試験成分", null, DrugCategory.INTERNAL, ProductCategory.GENERIC, false, null,
                    "MFR001", null, null, null, null), now));
            case MaldistributionFinding.TOPIC -> TestEvents.event(topic, MaldistributionFinding.TYPE, key, id,
                    new MaldistributionFinding(UUID.randomUUID(), 1, MaldistributionRule.REGIONAL_IMBALANCE,
                            FindingStatus.OPEN, key.substring(0, 7), null, null, List.of(), List.of(), today, today,
                            "障害試験", "Fault suite", Map.of(), now, null));
            case AllocationPlanPublished.TOPIC -> TestEvents.event(topic, AllocationPlanPublished.TYPE, key, id,
                    new AllocationPlanPublished(UUID.randomUUID(), key, "WHS001", 1, today, today, 100,
                            "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", null, null, "SUPPLY_STATUS_CHANGED",
                            List.of(new AllocationPlanPublished.Line(FacilityCodes.withCheckDigit("134000001"), "13",
                                    100, 10, 100, false)), now));
            case StatusConfirmationDue.TOPIC -> TestEvents.event(topic, StatusConfirmationDue.TYPE, key, id,
                    new StatusConfirmationDue("MFR001", "障害試験製薬", null, null, List.of(
                            new StatusConfirmationDue.StaleProduct(key, "障害試験錠10mg", ShipmentResponse.STOPPED,
                                    now.minus(Duration.ofDays(60)))), now, today));
            default -> throw new IllegalArgumentException("no valid event for " + topic);
        };
    }

    /** The dead letters of the poison records, one per consuming service, read from their dead-letter topics. */
    static List<Letter> deadLetters(String bootstrapServers, List<Sent> sent) {
        List<Letter> letters = new ArrayList<>();
        for (String deadLetterTopic : deadLetterTopics()) {
            for (Sent poison : sent) {
                if (deadLetterTopic.startsWith(poison.topic() + "-dlq-")) {
                    TopicReader.read(bootstrapServers, deadLetterTopic, Duration.ofSeconds(30),
                                    read -> read.stream().anyMatch(r -> poison.body().equals(r.value())))
                            .stream().filter(r -> poison.body().equals(r.value())).findFirst()
                            .ifPresent(r -> letters.add(new Letter(deadLetterTopic, r.key(),
                                    r.timestamp() - poison.timestamp(), header(r, "dead-letter-reason"))));
                }
            }
        }
        return letters;
    }

    /** Whether notification recorded the event as processed (applied once, with whatever effect it has). */
    static boolean applied(String notificationJdbcUrl, UUID eventId) throws Exception {
        try (Connection c = DriverManager.getConnection(notificationJdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement query = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
