package org.shortagewatch.common.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * One event waiting in the outbox: a CloudEvent bound for a Kafka topic.
 *
 * @param id CloudEvents {@code id}, the consumers' de-duplication key
 * @param topic the Kafka topic
 * @param key the record key: the aggregate whose order matters
 * @param type CloudEvents {@code type}
 * @param subject CloudEvents {@code subject}
 * @param time CloudEvents {@code time}
 * @param payload the JSON body, exactly as it will be published
 */
public record OutboxEvent(UUID id, String topic, String key, String type, String subject, Instant time, String payload) {
}
