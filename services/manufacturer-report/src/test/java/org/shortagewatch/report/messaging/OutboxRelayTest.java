package org.shortagewatch.report.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.config.OutboxSettings;
import org.shortagewatch.common.messaging.OutboxRelay;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TopicReader;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Common's outbox relay on manufacturer-report's database and a real broker: a backlog of several batches, read ahead
 * while the batch before is acknowledged, reaches Kafka complete and in order per key; a batch the broker refuses
 * in the middle of it is sent again with everything after it, and nothing is lost; while another instance's relay
 * drains, this one publishes nothing. Each test writes its rows straight into the outbox, bound for topics of its
 * own (created first, with supply-status's twelve partitions).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class OutboxRelayTest {

    private static final int KEYS = 40;
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** How many rows the broker refuses in the middle of the backlog. */
    private static final int REFUSED = 12;

    @Inject
    OutboxSettings settings;

    @Test
    void aBacklogOfSeveralBatchesReachesKafkaCompleteAndInOrderPerKey() throws Exception {
        String topic = topic("relay-backlog");
        int rows = settings.relay().batchSize() * 5 / 2;
        try (Connection late = TestDatabase.connect()) {
            // A change whose transaction took its outbox id before the backlog's and commits while it drains: it must
            // still reach Kafka before its product's next change, which commits after it with a higher id.
            late.setAutoCommit(false);
            append(late, topic, "late", 1, 0, 1);
            try (Connection c = TestDatabase.connect()) {
                append(c, topic, "K", KEYS, 0, rows);
            }
            await().atMost(WAIT).until(() -> published(topic) > 0);
            late.commit();
        }
        try (Connection c = TestDatabase.connect()) {
            append(c, topic, "late", 1, 1, 1);
        }
        await().atMost(WAIT).until(() -> unpublished(topic) == 0);
        assertCompleteAndInOrderPerKey(topic, read(topic));
    }

    @Test
    void aBatchTheBrokerRefusesMidPipelineIsSentAgainWithEverythingAfterItAndNothingIsLost() throws Exception {
        String fine = topic("relay-fine");
        String refusing = topic("relay-refusing");
        int batch = settings.relay().batchSize();
        // The broker refuses every record of this topic, each larger than it now takes (and than the producer's
        // batches, so each is refused on its own, at once): the second batch holds half a batch of the other topic's
        // rows, these, and the first of the other topic's rows after them.
        maxMessageBytes(refusing, "16384");
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            append(c, fine, "F", KEYS, 0, batch * 3 / 2);
            append(c, refusing, "R", 4, 0, REFUSED, 20_000);
            append(c, fine, "F", KEYS, batch * 3 / 2, batch);
            c.commit();
        }
        await().atMost(WAIT).until(() -> published(fine) > 0);
        try (Connection relay = TestDatabase.connect()) {
            // The relay's lock, once the drain that published the first batch has ended with the second one refused:
            // while the test holds it, no batch is in flight.
            lock(relay, "select pg_advisory_lock(?)");
            try {
                assertTrue(published(fine) <= batch, "the refused batch's acknowledged rows are not marked published");
                assertEquals(0, published(refusing));
            } finally {
                // The broker takes the records again between two of the relay's attempts. (Had it come back in the
                // middle of a batch, a record it took after refusing an earlier one of its key would arrive before that
                // one's resend: Kafka's producer keeps no order across a failed record, and the consumers' revision
                // check ignores the older change then.)
                maxMessageBytes(refusing, null);
                lock(relay, "select pg_advisory_unlock(?)");
            }
        }
        await().atMost(WAIT).until(() -> unpublished(fine) + unpublished(refusing) == 0);
        List<ConsumerRecord<String, String>> onFine = read(fine);
        assertCompleteAndInOrderPerKey(fine, onFine);
        assertCompleteAndInOrderPerKey(refusing, read(refusing));
        assertTrue(onFine.size() > batch * 5 / 2, "the refused batch's acknowledged records were sent again");
    }

    @Test
    void whileAnotherInstanceDrainsThisOnePublishesNothing() throws Exception {
        String topic = topic("relay-locked");
        try (Connection other = TestDatabase.connect()) {
            lock(other, "select pg_advisory_lock(?)");
            try (Connection c = TestDatabase.connect()) {
                append(c, topic, "L", KEYS, 0, 100);
            }
            Thread.sleep(settings.relay().sweepInterval().plusSeconds(1).toMillis());
            assertEquals(0, published(topic), "left to the instance that holds the relay's lock");
            lock(other, "select pg_advisory_unlock(?)");
        }
        await().atMost(WAIT).until(() -> unpublished(topic) == 0);
        assertCompleteAndInOrderPerKey(topic, read(topic));
    }

    /**
     * Commits {@code rows} events bound for {@code topic} in the transaction of {@code c} (or at once), numbered from
     * {@code from}, keyed {@code prefix} and the number modulo {@code keys}, each about as large as a status event.
     */
    private static void append(Connection c, String topic, String prefix, int keys, int from, int rows)
            throws SQLException {
        append(c, topic, prefix, keys, from, rows, 650);
    }

    /** The same with events of about {@code size} bytes. */
    private static void append(Connection c, String topic, String prefix, int keys, int from, int rows, int size)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload)
                select gen_random_uuid(), ?, ? || (g % ?), 'test', null, now(),
                       '{"n":' || g || ',"pad":"' || repeat('x', ?) || '"}'
                from generate_series(?, ?) g order by g""")) {
            insert.setString(1, topic);
            insert.setString(2, prefix);
            insert.setInt(3, keys);
            insert.setInt(4, size);
            insert.setInt(5, from);
            insert.setInt(6, from + rows - 1);
            insert.execute();
        }
        c.createStatement().execute("select pg_notify('outbox', '')");
    }

    /**
     * Every outbox row of {@code topic} arrived at least once, and the first arrival of each key's events follows
     * their order in the outbox (a repeat changes nothing for a consumer that applies an event id once).
     */
    private static void assertCompleteAndInOrderPerKey(String topic, List<ConsumerRecord<String, String>> records)
            throws SQLException {
        Map<String, Long> outboxIds = outboxIds(topic);
        Set<String> arrived = new HashSet<>();
        Map<String, List<Long>> firstArrivals = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String eventId = eventId(record);
            if (arrived.add(eventId)) {
                firstArrivals.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(outboxIds.get(eventId));
            }
        }
        assertEquals(outboxIds.keySet(), arrived, "every row of " + topic + " on Kafka");
        firstArrivals.forEach((key, ids) -> assertEquals(ids.stream().sorted().toList(), ids, "the order of " + key));
    }

    private static Map<String, Long> outboxIds(String topic) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = TestDatabase.connect();
                PreparedStatement query = c.prepareStatement("select event_id, id from outbox where topic = ?")) {
            query.setString(1, topic);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static List<ConsumerRecord<String, String>> read(String topic) throws SQLException {
        int expected = outboxIds(topic).size();
        return TopicReader.read(bootstrapServers(), topic, WAIT,
                records -> records.stream().map(OutboxRelayTest::eventId).distinct().count() >= expected);
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(CloudEvents.ID).value(), StandardCharsets.UTF_8);
    }

    private static long published(String topic) throws SQLException {
        return TestDatabase.count("select count(*) from outbox where topic = ? and published_at is not null", topic);
    }

    private static long unpublished(String topic) throws SQLException {
        return TestDatabase.count("select count(*) from outbox where topic = ? and published_at is null", topic);
    }

    private static void lock(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, OutboxRelay.RELAY_LOCK);
            statement.execute();
        }
    }

    /** A topic of this test's own, with supply-status's partitions, created before the relay sends to it. */
    private static String topic(String name) throws Exception {
        String topic = name + "-" + UUID.randomUUID();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 12, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return topic;
    }

    /** Sets the topic's largest record batch the broker takes, or back to the broker's default ({@code null}). */
    private static void maxMessageBytes(String topic, String bytes) throws Exception {
        AlterConfigOp op = bytes == null
                ? new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry("max.message.bytes", bytes), AlterConfigOp.OpType.SET);
        try (Admin admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(op)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
