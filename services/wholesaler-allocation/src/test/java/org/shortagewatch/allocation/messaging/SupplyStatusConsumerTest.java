package org.shortagewatch.allocation.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TopicReader;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Real CloudEvents records on a real Kafka broker, applied into a real PostgreSQL database; the effect is observed
 * through the public REST API and, for what the API cannot show, the database.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class SupplyStatusConsumerTest {

    private static final String DEAD_LETTER_TOPIC = "supply-status-dlq-wholesaler-allocation";
    private static final AtomicInteger NEXT = new AtomicInteger(100);

    /** A YJ code no other test uses. */
    static String freshYj() {
        return String.format("3131%03dF1020", NEXT.getAndIncrement());
    }

    @Test
    void aSupplyStatusEventBecomesTheProductsCurrentStatusOnce() throws Exception {
        String yj = freshYj();
        UUID first = publish(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.MANUFACTURING_TROUBLE);

        awaitCurrent(yj, first);
        product(yj).statusCode(200)
                .body("yjCode", equalTo(yj))
                .body("revision", equalTo(1))
                .body("shipmentResponse", equalTo("LIMITED_OWN_REASONS"))
                .body("shipmentResponseLabel", equalTo("限定出荷（自社の事情）"))
                .body("reason", equalTo("MANUFACTURING_TROUBLE"))
                .body("reasonLabel", equalTo("製造トラブル"))
                .body("effectiveDate", equalTo("2026-12-01"))
                .body("reportedAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("lastEventId", equalTo(first.toString()));
        assertEquals(1, processed(first), "recorded as processed, once");

        UUID second = publish(yj, 2, ShipmentResponse.NORMAL, null);
        awaitCurrent(yj, second);
        product(yj).statusCode(200)
                .body("revision", equalTo(2))
                .body("shipmentResponse", equalTo("NORMAL"))
                .body("shipmentResponseLabel", equalTo("通常出荷"))
                .body("reason", nullValue())
                .body("reasonLabel", nullValue());
        assertEquals(1, rows("select count(*) from product_status where yj_code = ?", yj), "one row per product");
    }

    @Test
    void aFailureOfOursIsRetriedUntilTheEventAppliesAndIsNeverDeadLettered() throws Exception {
        String yj = freshYj();
        // For a while the database refuses to store this product's status, as a dropped connection or a bug of ours
        // would make every attempt fail: the valid event must wait for it, not go to the dead-letter topic.
        TestDatabase.execute("""
                create or replace function refuse_for_test() returns trigger language plpgsql as $$
                begin
                    if new.yj_code = '%s' then raise exception 'the database is unavailable (test)'; end if;
                    return new;
                end $$;
                create trigger refuse_for_test before insert or update on product_status
                    for each row execute function refuse_for_test()""".formatted(yj));
        UUID id;
        try {
            double retriesBefore = retries();
            id = publish(yj, 1, ShipmentResponse.STOPPED, ShortageReason.OTHER);
            await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= retriesBefore + 3);
            assertEquals(0, processed(id), "not applied while every attempt fails");
        } finally {
            TestDatabase.execute("drop trigger refuse_for_test on product_status; drop function refuse_for_test()");
        }

        awaitCurrent(yj, id);
        assertEquals(1, processed(id), "applied once, when the database took it");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        assertEquals(List.of(), TopicReader.read(bootstrap, DEAD_LETTER_TOPIC, Duration.ofSeconds(3), records -> false)
                .stream().filter(r -> yj.equals(r.key())).toList(), "never dead-lettered");
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String yj = freshYj();
        UUID id = publish(yj, 1, ShipmentResponse.LIMITED_OTHER, ShortageReason.RAW_MATERIALS);
        awaitCurrent(yj, id);
        String updatedAt = product(yj).extract().path("updatedAt");

        // The same event id again, with a body that would win if it were applied (revision 5, stopped).
        send(record(yj, id, event(yj, 5, ShipmentResponse.STOPPED, ShortageReason.OTHER)));
        // Then the product's real next revision, on the same partition: it is applied only if revision 5 was not.
        UUID next = publish(yj, 2, ShipmentResponse.NORMAL, null);

        awaitCurrent(yj, next);
        product(yj).statusCode(200)
                .body("revision", equalTo(2))
                .body("shipmentResponse", equalTo("NORMAL"));
        assertEquals(1, processed(id), "the redelivered event is recorded once");
        assertEquals(1, rows("select count(*) from product_status where yj_code = ? and updated_at > ?::timestamptz",
                yj, updatedAt), "only the real next revision touched the row");
    }

    @Test
    void anOlderRevisionArrivingLateIsIgnored() throws Exception {
        String yj = freshYj();
        UUID newer = publish(yj, 3, ShipmentResponse.STOPPED, ShortageReason.REGULATORY_ACTION);
        UUID older = publish(yj, 2, ShipmentResponse.NORMAL, null);

        // The older event is consumed (and recorded as processed) without effect.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> processed(older) == 1);
        product(yj).statusCode(200)
                .body("revision", equalTo(3))
                .body("shipmentResponse", equalTo("STOPPED"))
                .body("reasonLabel", equalTo("行政処分"))
                .body("lastEventId", equalTo(newer.toString()));
    }

    static Stream<Arguments> poisonRecords() {
        return Stream.of(
                Arguments.of("malformed JSON", (UnaryOperator<ProducerRecord<String, String>>) r ->
                        new ProducerRecord<>(r.topic(), null, r.key(), "{\"yjCode\":\"" + r.key() + "\",\"revision\":",
                                r.headers())),
                Arguments.of("missing ce_id", (UnaryOperator<ProducerRecord<String, String>>) r -> {
                    r.headers().remove(CloudEvents.ID);
                    return r;
                }),
                Arguments.of("another event type", (UnaryOperator<ProducerRecord<String, String>>) r -> {
                    r.headers().remove(CloudEvents.TYPE).add(CloudEvents.TYPE,
                            "org.shortagewatch.something-else.v1".getBytes(StandardCharsets.UTF_8));
                    return r;
                }),
                Arguments.of("body about another product", (UnaryOperator<ProducerRecord<String, String>>) r ->
                        new ProducerRecord<>(r.topic(), null, r.key(),
                                EventJson.write(event("9999999Z9999", 1, ShipmentResponse.STOPPED, ShortageReason.OTHER)),
                                r.headers())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poisonRecords")
    void aPoisonRecordGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing(String why,
            UnaryOperator<ProducerRecord<String, String>> spoil) throws Exception {
        String yj = freshYj();
        UUID poisonId = UUID.randomUUID();
        ProducerRecord<String, String> poison = spoil.apply(
                record(yj, poisonId, event(yj, 1, ShipmentResponse.STOPPED, ShortageReason.OTHER)));
        send(poison);
        // Same key, so same partition, after the poison record.
        UUID good = publish(yj, 2, ShipmentResponse.LIMITED_OTHER_COMPANY, ShortageReason.OTHER);

        awaitCurrent(yj, good);
        product(yj).statusCode(200)
                .body("revision", equalTo(2))
                .body("shipmentResponse", equalTo("LIMITED_OTHER_COMPANY"));

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, DEAD_LETTER_TOPIC, Duration.ofSeconds(20),
                records -> records.stream().anyMatch(r -> yj.equals(r.key())))
                .stream().filter(r -> yj.equals(r.key())).toList();
        assertEquals(1, dead.size(), "the poison record, dead-lettered once");
        assertEquals(poison.value(), dead.get(0).value(), "dead-lettered as it was");
        assertNotNull(dead.get(0).headers().lastHeader("dead-letter-reason"), "with the reason");
        assertEquals(0, processed(poisonId), "its transaction left nothing behind");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    static SupplyStatusChanged event(String yj, long revision, ShipmentResponse response, ShortageReason reason) {
        return new SupplyStatusChanged(yj, revision, response, reason, LocalDate.of(2026, 12, 1),
                Instant.now().truncatedTo(ChronoUnit.MICROS), "M0001");
    }

    /** A supply-status record exactly as manufacturer-report's outbox relay publishes it (CloudEvents binary mode). */
    static ProducerRecord<String, String> record(String yj, UUID id, SupplyStatusChanged event) {
        return TestEvents.supplyStatus(yj, id, event);
    }

    /** Sends and waits for the broker's acknowledgement, so records of one key are on the topic in call order. */
    static UUID send(ProducerRecord<String, String> record) throws Exception {
        TestEvents.send(record);
        var id = record.headers().lastHeader(CloudEvents.ID);
        return id == null ? null : UUID.fromString(new String(id.value(), StandardCharsets.UTF_8));
    }

    /** Sends a new event (an id of its own) about the product, and answers its id. */
    static UUID publish(String yj, long revision, ShipmentResponse response, ShortageReason reason) throws Exception {
        return send(record(yj, UUID.randomUUID(), event(yj, revision, response, reason)));
    }

    /** The product's status, as the public API answers it. */
    static ValidatableResponse product(String yj) {
        return given().when().get("/api/v1/products/{yj}", yj).then();
    }

    /** Waits until the product's current status is the one event {@code id} brought. */
    static void awaitCurrent(String yj, UUID id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                product(yj).statusCode(200).body("lastEventId", equalTo(id.toString())));
    }

    /** How many times this service's supply-status consumer has retried an event so far (its Prometheus counter). */
    static double retries() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("shortagewatch_consumer_retries_total{")
                        && line.contains("topic=\"supply-status\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** How often this service recorded event {@code id} as processed: 0 or 1. */
    static long processed(UUID id) throws Exception {
        return rows("select count(*) from processed_event where event_id = ?::uuid and consumer = ?",
                id.toString(), SupplyStatusConsumer.CONSUMER);
    }

    static long rows(String countQuery, String... parameters) throws Exception {
        return TestDatabase.count(countQuery, parameters);
    }
}
