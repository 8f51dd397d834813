package org.shortagewatch.local.backup;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumer groups of the services and where they stand on their topics: read at a backup's start
 * ({@link #committed()}), set back to those positions before the restored services start ({@link #resetTo}).
 */
public final class ConsumerPositions implements AutoCloseable {

    /**
     * Each service's consumer group and the topics it reads (the {@code group.id} and {@code topic} of the incoming
     * channels in its application.properties; docs/operations.md, section 4). manufacturer-report reads none.
     */
    public static final Map<String, List<String>> GROUPS = Map.of(
            "wholesaler-allocation", List.of("supply-status"),
            "notification", List.of("supply-status", "products", "status-confirmations", "maldistribution",
                    "allocation"));

    private static final long TIMEOUT_SECONDS = 60;

    private final Admin admin;

    public ConsumerPositions(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(TIMEOUT_SECONDS).toMillis());
        this.admin = Admin.create(properties);
    }

    /** Each group's committed offsets on its topics, per topic and partition. */
    public Map<String, Map<String, Map<Integer, Long>>> committed() throws Exception {
        Map<String, Map<String, Map<Integer, Long>>> groups = new TreeMap<>();
        for (var group : GROUPS.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, Map<Integer, Long>> byTopic = new TreeMap<>();
            offsets.forEach((tp, offset) -> {
                if (offset != null && group.getValue().contains(tp.topic())) {
                    byTopic.computeIfAbsent(tp.topic(), t -> new TreeMap<>()).put(tp.partition(), offset.offset());
                }
            });
            groups.put(group.getKey(), byTopic);
        }
        return groups;
    }

    /**
     * Sets every group back to the backup's positions ({@link BackupManifest#restartOffsets}) on every partition of
     * its topics. Kafka refuses while a member of the group is connected: stop the services first.
     *
     * @return per group, the restart offsets set
     */
    public Map<String, Map<String, Map<Integer, Long>>> resetTo(BackupManifest backup) throws Exception {
        Map<String, Map<String, Map<Integer, Long>>> set = new TreeMap<>();
        for (var group : GROUPS.entrySet()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group.getKey()))
                    .describedGroups().get(group.getKey()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!description.members().isEmpty()) {
                throw new IllegalStateException("consumer group " + group.getKey() + " still has " + description.members().size()
                        + " member(s): stop every instance of its service before the restore");
            }
            Map<String, Map<Integer, Long>> restart = backup.restartOffsets(group.getKey(), logStart(group.getValue()));
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            restart.forEach((topic, partitions) -> partitions.forEach((partition, offset) ->
                    offsets.put(new TopicPartition(topic, partition), new OffsetAndMetadata(offset))));
            admin.alterConsumerGroupOffsets(group.getKey(), offsets).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            set.put(group.getKey(), restart);
        }
        return set;
    }

    /** The first offset still held of every partition of these topics. */
    private Map<String, Map<Integer, Long>> logStart(List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> earliest = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
        Map<String, Map<Integer, Long>> start = new TreeMap<>();
        admin.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).forEach((tp, info) ->
                start.computeIfAbsent(tp.topic(), t -> new TreeMap<>()).put(tp.partition(), info.offset()));
        return start;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(10));
    }
}
