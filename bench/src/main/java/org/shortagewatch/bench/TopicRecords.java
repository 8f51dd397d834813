package org.shortagewatch.bench;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records a topic holds: the sum of its partitions' end offsets. The outbox relay's producer is idempotent
 * but not transactional, so there are no control records and one offset is one event. Cheap enough to poll every
 * few milliseconds while a scenario waits for its events.
 */
final class TopicRecords implements AutoCloseable {

    private final Admin admin;
    private final String topic;

    TopicRecords(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(props);
        this.topic = topic;
    }

    /** The records written so far; 0 if the topic does not exist yet. */
    long count() throws Exception {
        if (!admin.listTopics().names().get().contains(topic)) {
            return 0;
        }
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        return ends.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
    }

    /**
     * How many of the topic's records the consumer group has not committed yet (a partition it has committed nothing
     * on counts whole).
     */
    long behind(String group) throws Exception {
        Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        long behind = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            var done = committed.get(end.getKey());
            behind += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return behind;
    }

    @Override
    public void close() {
        admin.close();
    }
}
