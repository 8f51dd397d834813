package org.shortagewatch.common.health;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Readiness of a service that consumes: not ready until every one of its Kafka consumers has joined its group and
 * received its share of the partitions (possibly none, when there are more instances than partitions), so a
 * restarted or newly added instance reports ready only once consumption has resumed. It stays ready afterwards,
 * through broker outages and rebalances: a service whose broker is away still answers its HTTP requests, and its
 * consumer lag is a metric to watch, not a reason to take it out of the load balancer.
 *
 * <p>Every incoming channel uses it as its rebalance listener (connector-wide setting
 * {@code consumer-rebalance-listener.name=shortagewatch.group-membership} in service-common's configuration).
 */
@Readiness
@ApplicationScoped
@Identifier(ConsumerGroupMembership.NAME)
public class ConsumerGroupMembership implements HealthCheck, KafkaConsumerRebalanceListener {

    public static final String NAME = "shortagewatch.group-membership";

    @Inject
    KafkaClientService clients;

    /** Each consumer that has joined its group, with the partitions it holds now (possibly none). */
    private final Map<Consumer<?, ?>, Set<TopicPartition>> assigned = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.computeIfAbsent(consumer, c -> ConcurrentHashMap.newKeySet()).addAll(partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held(consumer).removeAll(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held(consumer).removeAll(partitions);
    }

    private Set<TopicPartition> held(Consumer<?, ?> consumer) {
        return assigned.getOrDefault(consumer, Set.of());
    }

    /**
     * Ready once every consumer has joined; the data say how many partitions of each topic this instance holds
     * ({@code partitions}, e.g. {@code "products:3 supply-status:6"}), so an operator sees the instances' shares.
     */
    @Override
    public HealthCheckResponse call() {
        int expected = clients.getConsumerChannels().size();
        Map<String, Integer> byTopic = new TreeMap<>();
        int members;
        synchronized (assigned) {
            members = assigned.size();
            assigned.values().forEach(held -> held.forEach(p -> byTopic.merge(p.topic(), 1, Integer::sum)));
        }
        return HealthCheckResponse.named("kafka-consumers-joined")
                .status(members >= expected)
                .withData("consumers", expected)
                .withData("joined", members)
                .withData("partitions", byTopic.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                        .collect(Collectors.joining(" ")))
                .build();
    }
}
