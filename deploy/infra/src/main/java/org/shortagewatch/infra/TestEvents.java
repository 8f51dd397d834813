package org.shortagewatch.infra;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.SupplyStatusChanged;

/**
 * Supply-status and product-master records exactly as manufacturer-report's outbox relay publishes them (CloudEvents binary mode),
 * sent to the broker of the service under test: the input of the consumers' tests.
 */
public final class TestEvents {

    private static final Map<String, KafkaProducer<String, String>> PRODUCERS = new ConcurrentHashMap<>();

    private TestEvents() {
    }

    /** A record keyed {@code key} (normally the event's YJ code; a test of poison records may choose another). */
    public static ProducerRecord<String, String> supplyStatus(String key, UUID id, SupplyStatusChanged event) {
        return record(SupplyStatusChanged.TOPIC, SupplyStatusChanged.TYPE, key, id, EventJson.write(event));
    }

    /** A product-master record, keyed by its YJ code. */
    public static ProducerRecord<String, String> productChanged(UUID id, ProductChanged event) {
        return record(ProductChanged.TOPIC, ProductChanged.TYPE, event.product().yjCode(), id, EventJson.write(event));
    }

    /** Any event as its producer writes it: {@code data} as the record's JSON body, keyed {@code key}. */
    public static ProducerRecord<String, String> event(String topic, String type, String key, UUID id, Object data) {
        return record(topic, type, key, id, EventJson.write(data));
    }

    private static ProducerRecord<String, String> record(String topic, String type, String key, UUID id, String body) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
        header(record, CloudEvents.SPEC_VERSION, "1.0");
        header(record, CloudEvents.ID, id.toString());
        header(record, CloudEvents.TYPE, type);
        header(record, CloudEvents.SOURCE, "/manufacturer-report");
        header(record, CloudEvents.TIME, Instant.now().toString());
        header(record, CloudEvents.SUBJECT, key);
        header(record, CloudEvents.CONTENT_TYPE, "application/json");
        return record;
    }

    /** Sends and waits for the broker's acknowledgement, so records of one key are on the topic in call order. */
    public static void send(ProducerRecord<String, String> record) throws Exception {
        producer().send(record).get();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** One producer per broker, for the rest of the JVM. */
    private static KafkaProducer<String, String> producer() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return PRODUCERS.computeIfAbsent(bootstrap, servers -> {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            KafkaProducer<String, String> producer = new KafkaProducer<>(props);
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "test-events-producer-close"));
            return producer;
        });
    }
}
