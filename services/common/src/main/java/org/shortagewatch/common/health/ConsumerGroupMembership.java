package org.shortagewatch.common.health;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

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

    private final Set<Consumer<?, ?>> joined = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined.add(consumer);
    }

    @Override
    public HealthCheckResponse call() {
        int expected = clients.getConsumerChannels().size();
        int members = joined.size();
        return HealthCheckResponse.named("kafka-consumers-joined")
                .status(members >= expected)
                .withData("consumers", expected)
                .withData("joined", members)
                .build();
    }
}
