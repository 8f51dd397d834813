package org.shortagewatch.infra.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import org.shortagewatch.infra.TestDatabase;

/**
 * What a refused request must leave as it was: the row count of every table of the service's database except
 * {@value #AUDIT_LOG} (which records refusals by design) and {@value #RATE_LIMIT_BUCKET} (every write takes from
 * its organisation's bucket before it is read), and the end offset of every topic of the broker (Kafka's own
 * internal topics aside: consumers commit their offsets there all the time).
 */
final class ServiceState implements AutoCloseable {

    static final String AUDIT_LOG = "audit_log";
    static final String RATE_LIMIT_BUCKET = "rate_limit_bucket";

    private final Connection database;
    private final String countQuery;
    private final KafkaConsumer<byte[], byte[]> kafka;

    ServiceState() throws SQLException {
        database = TestDatabase.connect();
        List<String> tables = new ArrayList<>();
        try (Statement query = database.createStatement(); ResultSet rs = query.executeQuery(
                "select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE'"
                        + " and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2")) {
            while (rs.next()) {
                if (!rs.getString(2).equals(AUDIT_LOG) && !rs.getString(2).equals(RATE_LIMIT_BUCKET)) {
                    tables.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                }
            }
        }
        countQuery = tables.stream().map(t -> "select '" + t.replace("\"", "") + "', count(*) from " + t)
                .collect(Collectors.joining(" union all "));
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "hostile-suite-" + UUID.randomUUID());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        kafka = new KafkaConsumer<>(props);
    }

    /** Row count by table ({@code schema.table}). */
    Map<String, Long> rows() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement query = database.createStatement(); ResultSet rs = query.executeQuery(countQuery)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** End offset by topic partition ({@code topic-partition}). */
    Map<String, Long> topics() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (Map.Entry<String, List<PartitionInfo>> topic : kafka.listTopics(Duration.ofSeconds(10)).entrySet()) {
            if (!topic.getKey().startsWith("__")) {
                topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        Map<String, Long> offsets = new TreeMap<>();
        kafka.endOffsets(partitions, Duration.ofSeconds(10)).forEach((p, offset) -> offsets.put(p.toString(), offset));
        return offsets;
    }

    /** What differs between two snapshots, as {@code name: before -> after}; empty when nothing does. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        TreeMap<String, String> changed = new TreeMap<>();
        before.forEach((name, count) -> {
            if (!count.equals(after.get(name))) {
                changed.put(name, count + " -> " + after.get(name));
            }
        });
        after.forEach((name, count) -> {
            if (!before.containsKey(name)) {
                changed.put(name, "none -> " + count);
            }
        });
        return changed.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws SQLException {
        kafka.close(Duration.ofSeconds(5));
        database.close();
    }
}
