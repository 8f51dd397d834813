package org.shortagewatch.notification.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TopicReader;
import org.shortagewatch.notification.delivery.WebhookReceiver;
import org.shortagewatch.notification.delivery.WithWebhookReceiver;
import org.shortagewatch.notification.persistence.DeliveryQueue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * Supply-status events consumed a poll's batch at a time by the channel's three consumers, each with its own
 * partitions, and delivered by a dispatcher that is not on their path. Every burst here is published through a
 * producer that lingers ({@link SupplyStatusBurst}), so the records of a burst reach the broker in few record batches and a consumer polls many
 * of them at once: batches of several events, of several products, on every partition.
 * <ul>
 * <li>Each product's revisions are applied in order: an event out of order would find a newer revision in the
 * projection and notify nobody, so every revision having its alert shows none was passed; each subscriber's ledger
 * lists them in revision order.</li>
 * <li>A batch that fails half-way (a database error on its third event, once) is rolled back whole and applied
 * again: its events are recorded, alerted and addressed once each; the failure is retried, never dead-lettered.</li>
 * <li>A slow webhook endpoint does not hold back consumption. The consumers' transactions write the ledger (inbox
 * rows delivered at once, webhook rows due) and commit; a commit wakes the delivery dispatcher through PostgreSQL
 * ({@code NOTIFY delivery}), and nothing else connects the two. The dispatcher runs on an event loop of its own,
 * outside the application's event loops where the consumers run, and claims and settles over connections of its own
 * ({@code shortagewatch.webhook.dispatcher-connections}), not the application's pool the consumers' transactions
 * take theirs from. However long a round waits for an endpoint, it takes neither a thread nor a connection from the
 * consumers; and a consumer never waits for a delivery, only for its own commit. So every event of a burst is in
 * every inbox while an endpoint that takes seconds per request has seen only the first few of its webhooks, which
 * the test compares as counts, not as times.</li>
 * </ul>
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class BatchedConsumptionTest extends WithWebhookReceiver {

    private static final String CONSUMER = "notification";

    @Inject
    KafkaClientService kafka;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "shortagewatch.webhook.dispatcher-connections")
    int dispatcherConnections;

    @Test
    void eachProductsRevisionsAreAppliedInOrderOnEveryPartition() throws Exception {
        int partitions = partitions();
        List<String> products = SupplyStatusBurst.productsOnEveryPartition(partitions, 2);
        String first = RestartedConsumerTest.facility();
        String second = RestartedConsumerTest.facility();
        for (String yj : products) {
            RestartedConsumerTest.subscribe(first, yj, "[\"INBOX\"]", null);
            RestartedConsumerTest.subscribe(second, yj, "[\"INBOX\"]", null);
        }
        int revisions = 12;
        Map<String, List<UUID>> byProduct = new HashMap<>();
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        for (int revision = 1; revision <= revisions; revision++) {
            for (String yj : products) {
                UUID id = UUID.randomUUID();
                byProduct.computeIfAbsent(yj, p -> new ArrayList<>()).add(id);
                burst.add(SupplyStatusBurst.change(yj, id, revision));
            }
        }
        SupplyStatusBurst.publish(burst);
        List<UUID> all = byProduct.values().stream().flatMap(List::stream).toList();
        awaitProcessed(all);

        assertEquals(all.size(), count("select count(*) from alert where cause_event_id = any(?::uuid[])", all),
                "every revision applied, none found behind the projection");
        for (String yj : products) {
            assertEquals(revisions, TestDatabase.count("select revision from product where yj_code = ?", yj));
            for (String facility : List.of(first, second)) {
                assertEquals(byProduct.get(yj), ledger(facility, "INBOX", byProduct.get(yj)),
                        facility + "'s inbox lists " + yj + "'s revisions in order");
            }
        }
    }

    @Test
    void aBatchThatFailsHalfWayIsAppliedOnceWhenRetried() throws Exception {
        String yj = SupplyStatusBurst.freshProduct();
        String byInbox = RestartedConsumerTest.facility();
        String byWebhook = RestartedConsumerTest.facility();
        RestartedConsumerTest.subscribe(byInbox, yj, "[\"INBOX\"]", null);
        RestartedConsumerTest.subscribe(byWebhook, yj, "[\"WEBHOOK\"]", receiver.url("/half-way"));
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        List<ProducerRecord<String, String>> batch = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            batch.add(SupplyStatusBurst.change(yj, ids.get(i), i + 1));
        }
        double retries = counted("shortagewatch.consumer.retries");
        double deadLettered = counted("shortagewatch.consumer.dead_lettered");

        failFirstAttempt(ids.get(2), yj);
        try {
            SupplyStatusBurst.publish(batch);
            awaitProcessed(ids);
        } finally {
            removeFailure();
        }

        long seen = TestDatabase.count("select last_value - 1 from batch_test_seen");
        TestDatabase.execute("drop sequence batch_test_seen");
        assertEquals(2, seen, "the batch's first two events were written in the transaction that failed on the third");
        for (UUID id : ids) {
            assertEquals(1, RestartedConsumerTest.processed(id), "recorded once");
            assertEquals(1, TestDatabase.count("select count(*) from alert where cause_event_id = ?::uuid", id.toString()));
            assertEquals(1, RestartedConsumerTest.rows(id, byInbox, "INBOX"));
            assertEquals(1, RestartedConsumerTest.rows(id, byWebhook, "WEBHOOK"));
            assertEquals(2, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid", id.toString()));
        }
        assertEquals(ids, ledger(byInbox, "INBOX", ids), "in revision order");
        assertTrue(counted("shortagewatch.consumer.retries") > retries, "the failure was retried");
        assertEquals(deadLettered, counted("shortagewatch.consumer.dead_lettered"), "nothing dead-lettered");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        assertEquals(0, TopicReader.read(bootstrap, "supply-status-dlq-notification", Duration.ofSeconds(3), read -> false)
                .stream().filter(r -> yj.equals(r.key())).count(), "no dead letter of the product");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/half-way").size() >= ids.size());
        assertEquals(ids.size(), receiver.received("/half-way").stream().map(r -> r.headers().get("webhook-id"))
                .distinct().count(), "one webhook per event");
    }

    @Test
    void aSlowWebhookEndpointDoesNotHoldBackConsumption() throws Exception {
        try (WebhookReceiver slow = new WebhookReceiver()) {
            slow.delay(Duration.ofSeconds(5));
            String byWebhook = RestartedConsumerTest.facility();
            String byInbox = RestartedConsumerTest.facility();
            List<String> products = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String yj = SupplyStatusBurst.freshProduct();
                products.add(yj);
                RestartedConsumerTest.subscribe(byWebhook, yj, "[\"WEBHOOK\"]", slow.url("/slow"));
                RestartedConsumerTest.subscribe(byInbox, yj, "[\"INBOX\"]", null);
            }
            List<UUID> ids = new ArrayList<>();
            List<ProducerRecord<String, String>> burst = new ArrayList<>();
            for (int revision = 1; revision <= 5; revision++) {
                for (String yj : products) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    burst.add(SupplyStatusBurst.change(yj, id, revision));
                }
            }
            SupplyStatusBurst.publish(burst);

            await().atMost(Duration.ofSeconds(60)).until(() -> ledger(byInbox, "INBOX", ids).size() == ids.size()
                    && ledger(byWebhook, "WEBHOOK", ids).size() == ids.size());
            int sent = slow.received("/slow").size();
            assertTrue(sent <= 5, "every event is in the inbox and the ledger while the slow endpoint has seen only "
                    + sent + " of its " + ids.size() + " webhooks");
            assertTrue(count("select count(*) from delivery where channel = 'WEBHOOK' and status = 'DELIVERED' "
                    + "and cause_event_id = any(?::uuid[])", ids) < ids.size(), "the webhooks are still being sent");

            // what keeps them apart: the dispatcher's own thread and its own connections
            assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("delivery-dispatcher")));
            long own = TestDatabase.count("select count(*) from pg_stat_activity where application_name = ?",
                    DeliveryQueue.CONNECTIONS);
            assertTrue(own >= 1 && own <= dispatcherConnections, own + " connections of the dispatcher's own");
        }
    }

    /** The partitions of supply-status, as the channel's consumers hold them between them. */
    private int partitions() {
        Set<TopicPartition> held = new HashSet<>();
        for (int i = 1; kafka.getConsumer("supply-status-in$" + i) != null; i++) {
            held.addAll(kafka.getConsumer("supply-status-in$" + i).getAssignments().await().atMost(Duration.ofSeconds(10)));
        }
        assertTrue(held.size() > 1, "several partitions, consumed in parallel: " + held);
        return held.size();
    }

    /**
     * A trigger on {@code alert} that fails the first attempt at the event {@code failing} and notes, in a sequence
     * (which a rollback does not undo), how many of the product's alerts that transaction had written before it.
     */
    private static void failFirstAttempt(UUID failing, String yj) throws Exception {
        removeFailure();
        TestDatabase.execute("drop sequence if exists batch_test_seen");
        TestDatabase.execute("create sequence batch_test_attempts");
        TestDatabase.execute("create sequence batch_test_seen");
        TestDatabase.execute("""
                create function batch_test_fail_once() returns trigger language plpgsql as $$
                begin
                    if new.cause_event_id = '%s'::uuid and nextval('batch_test_attempts') = 1 then
                        perform setval('batch_test_seen', (select count(*) from alert where yj_code = '%s') + 1);
                        raise exception 'a failure of the first attempt, for the test';
                    end if;
                    return new;
                end $$""".formatted(failing, yj));
        TestDatabase.execute("create trigger batch_test_fail_once before insert on alert "
                + "for each row execute function batch_test_fail_once()");
    }

    private static void removeFailure() throws Exception {
        TestDatabase.execute("drop trigger if exists batch_test_fail_once on alert");
        TestDatabase.execute("drop function if exists batch_test_fail_once()");
        TestDatabase.execute("drop sequence if exists batch_test_attempts");
    }

    private double counted(String meter) {
        Counter counter = meters.find(meter).tags("consumer", CONSUMER, "topic", SupplyStatusChanged.TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void awaitProcessed(List<UUID> ids) {
        await().atMost(Duration.ofSeconds(90)).until(() -> count(
                "select count(*) from processed_event where event_id = any(?::uuid[])", ids) == ids.size());
    }

    private static long count(String query, List<UUID> ids) throws Exception {
        return TestDatabase.count(query, array(ids));
    }

    private static String array(List<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    /** The causes among {@code causes} of the recipient's ledger rows on {@code channel}, in feed (or row) order. */
    private static List<UUID> ledger(String recipient, String channel, List<UUID> causes) throws Exception {
        List<UUID> listed = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement query = c.prepareStatement("""
                select cause_event_id from delivery where recipient = ? and channel = ? and cause_event_id = any(?::uuid[])
                order by seq, id""")) {
            query.setString(1, recipient);
            query.setString(2, channel);
            query.setString(3, array(causes));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    listed.add(UUID.fromString(rs.getString(1)));
                }
            }
        }
        return listed;
    }
}
