package org.shortagewatch.notification.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.TopicReader;
import org.shortagewatch.notification.delivery.WithWebhookReceiver;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * A restarted consumer creates no second notification. A consumer that restarts before its offsets were committed
 * (a crash between the effect's commit and the offset's, a lost consumer-group state, an operator's reset) reads
 * again records whose effects are already stored; so does a consumer after a producer or relay sent an event twice.
 * The service's own supply-status consumer is rewound to the beginning of every partition it owns, exactly where a
 * consumer group without committed offsets starts ({@code auto.offset.reset=earliest}), and reads everything again;
 * each subscriber still has one ledger row per channel, one webhook and one inbox entry.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class RestartedConsumerTest extends WithWebhookReceiver {

    private static final String CHANNEL = "supply-status-in";
    private static final AtomicInteger NEXT = new AtomicInteger(520000);

    @Inject
    KafkaClientService kafka;

    /** A pharmacy of prefecture 29 with a valid check digit, new to this JVM. */
    static String facility() {
        return FacilityCodes.withCheckDigit(String.format("294%06d", NEXT.getAndIncrement()));
    }

    static String product() {
        return String.format("4490%03dF1021", NEXT.getAndIncrement() % 1000);
    }

    static void subscribe(String facility, String yj, String channels, String webhookUrl) {
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility)).contentType(ContentType.JSON)
                .body("""
                        {"facilityCode":"%s","kind":"YJ_CODE","target":"%s","channels":%s%s}"""
                        .formatted(facility, yj, channels, webhookUrl == null ? "" : ",\"webhookUrl\":\"" + webhookUrl + "\""))
                .when().post("/api/v1/subscriptions").then().statusCode(201);
    }

    static ProducerRecord<String, String> stopped(String yj, UUID id) {
        return TestEvents.supplyStatus(yj, id, new SupplyStatusChanged(yj, 1, ShipmentResponse.STOPPED,
                ShortageReason.MANUFACTURING_TROUBLE, LocalDate.of(2026, 12, 1), Instant.now(), "M0001"));
    }

    static long processed(UUID id) throws Exception {
        return TestDatabase.count("select count(*) from processed_event where event_id = ?::uuid", id.toString());
    }

    static long rows(UUID cause, String recipient, String channel) throws Exception {
        return TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ? and channel = ?",
                cause.toString(), recipient, channel);
    }

    static long supplyStatusRows() throws Exception {
        return TestDatabase.count("select count(*) from delivery d join alert a on a.cause_event_id = d.cause_event_id "
                + "where a.kind = 'SUPPLY_STATUS'");
    }

    @Test
    void aRestartedConsumerCreatesNoSecondNotification() throws Exception {
        String yj = product();
        String byWebhook = facility();
        String byInbox = facility();
        subscribe(byWebhook, yj, "[\"WEBHOOK\"]", receiver.url("/restart"));
        subscribe(byInbox, yj, "[\"INBOX\",\"SSE\"]", null);

        // A record that is no event: the dead-letter topic receives it each time it is read, which shows the replay.
        String poisonKey = "restart-" + UUID.randomUUID();
        ProducerRecord<String, String> poison = stopped(yj, UUID.randomUUID());
        TestEvents.send(new ProducerRecord<>(poison.topic(), null, poisonKey, "not an event", poison.headers()));
        assertEquals(1, deadLetters(poisonKey, 1).size());

        UUID cause = UUID.randomUUID();
        ProducerRecord<String, String> record = stopped(yj, cause);
        TestEvents.send(record);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/restart").size() == 1);
        assertOnce(cause, byWebhook, byInbox);

        // The same event sent again (a producer's retry, the outbox relay after a crash): the same id, a new offset.
        TestEvents.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));

        // The consumer restarts without committed offsets: once everything read so far is committed (so the commit
        // strategy holds nothing back), it goes back to the first offset of each of its partitions.
        // The channel runs several consumers of the group (its concurrency), each with its own partitions.
        Set<TopicPartition> partitions = new java.util.HashSet<>();
        long records = 0;
        for (KafkaConsumer<Object, Object> consumer : consumers()) {
            Set<TopicPartition> own = consumer.getAssignments().await().atMost(Duration.ofSeconds(10));
            partitions.addAll(own);
            Function<Consumer<Object, Object>, Map<TopicPartition, Long>> endOffsets = c -> c.endOffsets(own);
            Map<TopicPartition, Long> ends = consumer.runOnPollingThread(endOffsets).await().atMost(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(own.toArray(TopicPartition[]::new))
                        .await().atMost(Duration.ofSeconds(10));
                return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
            });
            records += ends.values().stream().mapToLong(Long::longValue).sum();
        }
        long before = supplyStatusRows();
        for (KafkaConsumer<Object, Object> consumer : consumers()) {
            Set<TopicPartition> own = consumer.getAssignments().await().atMost(Duration.ofSeconds(10));
            consumer.seekToBeginning(own).await().atMost(Duration.ofSeconds(10));
        }

        // One fresh event per partition, after everything read again: once all are applied, so is the replay.
        List<UUID> markers = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            UUID marker = UUID.randomUUID();
            markers.add(marker);
            ProducerRecord<String, String> m = stopped(product(), marker);
            TestEvents.send(new ProducerRecord<>(m.topic(), partition.partition(), m.key(), m.value(), m.headers()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (UUID marker : markers) {
                if (processed(marker) == 0) {
                    return false;
                }
            }
            return true;
        });

        assertEquals(2, deadLetters(poisonKey, 2).size(), "the records were read again");

        Thread.sleep(2500); // the dispatcher, woken at commit and every second, would have sent any new webhook
        assertEquals(before, supplyStatusRows(), "reading " + records + " records again wrote no ledger row");
        assertOnce(cause, byWebhook, byInbox);
        assertEquals(1, receiver.received("/restart").size(), "one webhook");
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, byInbox))
                .when().get("/api/v1/inbox/{r}", byInbox).then().statusCode(200)
                .body("causeId", equalTo(List.of(cause.toString())));
    }

    /** The channel's consumers: one, or one per copy when the channel has a concurrency ({@code channel$1}, ...). */
    private List<KafkaConsumer<Object, Object>> consumers() {
        KafkaConsumer<Object, Object> single = kafka.getConsumer(CHANNEL);
        if (single != null) {
            return List.of(single);
        }
        List<KafkaConsumer<Object, Object>> copies = new ArrayList<>();
        for (int i = 1; kafka.getConsumer(CHANNEL + "$" + i) != null; i++) {
            copies.add(kafka.getConsumer(CHANNEL + "$" + i));
        }
        return copies;
    }

    /** The dead letters of key {@code key}, once there are {@code expected} of them (or after 30 s). */
    static List<ConsumerRecord<String, String>> deadLetters(String key, int expected) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return TopicReader.read(bootstrap, "supply-status-dlq-notification", Duration.ofSeconds(30),
                read -> read.stream().filter(r -> key.equals(r.key())).count() >= expected).stream()
                .filter(r -> key.equals(r.key())).toList();
    }

    private static void assertOnce(UUID cause, String byWebhook, String byInbox) throws Exception {
        assertEquals(1, processed(cause), "applied once");
        assertEquals(1, TestDatabase.count("select count(*) from alert where cause_event_id = ?::uuid", cause.toString()));
        assertEquals(1, rows(cause, byWebhook, "WEBHOOK"));
        assertEquals(1, rows(cause, byInbox, "INBOX"));
        assertEquals(1, rows(cause, byInbox, "SSE"));
        assertEquals(3, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid", cause.toString()));
    }
}
