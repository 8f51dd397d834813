package org.shortagewatch.common.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.EventJson;

/**
 * A CloudEvent read from a Kafka record in binary mode. Anything that is not a well-formed event of the expected
 * type is refused with {@link IllegalArgumentException}, which sends the record to the dead-letter topic.
 */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, String key, String data) {

    public static IncomingEvent of(ConsumerRecord<String, String> record, String expectedType) {
        String specVersion = header(record, CloudEvents.SPEC_VERSION);
        if (!"1.0".equals(specVersion)) {
            throw new IllegalArgumentException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        String type = header(record, CloudEvents.TYPE);
        if (!expectedType.equals(type)) {
            throw new IllegalArgumentException("unexpected ce_type " + type + ", expected " + expectedType);
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new IllegalArgumentException("event " + header(record, CloudEvents.ID) + " has no data");
        }
        try {
            UUID id = UUID.fromString(required(record, CloudEvents.ID));
            String time = header(record, CloudEvents.TIME);
            return new IncomingEvent(id, type, required(record, CloudEvents.SOURCE),
                    header(record, CloudEvents.SUBJECT), time == null ? null : Instant.parse(time), record.key(),
                    record.value());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ce_time is not an RFC 3339 timestamp", e);
        }
    }

    /** The event's data as the given record type. */
    public <T> T data(Class<T> type) {
        return EventJson.read(data, type);
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
