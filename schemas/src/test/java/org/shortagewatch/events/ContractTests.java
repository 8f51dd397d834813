package org.shortagewatch.events;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** What every contract test needs: the schemas and the AsyncAPI document as the jar carries them. */
final class ContractTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ASYNCAPI = "/org/shortagewatch/events/asyncapi.yaml";

    private ContractTests() {
    }

    /** A JSON Schema (draft 2020-12) from the class path, with format assertions on. */
    static JsonSchema load(String resource) {
        try (InputStream in = ContractTests.class.getResourceAsStream(resource)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }

    /** A schema's own JSON, to compare its properties and enums with the record. */
    static JsonNode tree(String resource) {
        try (InputStream in = ContractTests.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    static JsonNode asyncApi() {
        try (InputStream in = ContractTests.class.getResourceAsStream(ASYNCAPI)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + ASYNCAPI, e);
        }
    }

    /** The property names a record is written with, sorted: its components, an unwrapped one's own in its place. */
    static Set<String> components(Class<? extends Record> type) {
        Set<String> out = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                out.addAll(components(c.getType().asSubclass(Record.class)));
            } else {
                out.add(c.getName());
            }
        }
        return out;
    }

    /** The property names of a schema object node, sorted. */
    static Set<String> properties(JsonNode objectSchema) {
        Set<String> out = new TreeSet<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> values(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The schema refuses {@code valid} without any one of {@code required}. */
    static void assertRequired(JsonSchema schema, ObjectNode valid, String... required) {
        for (String field : required) {
            ObjectNode missing = valid.deepCopy();
            missing.remove(field);
            assertFalse(schema.validate(missing).isEmpty(), "missing " + field);
        }
    }

    /**
     * The AsyncAPI document's channel has the topic's address, its message the schema file, and the message's
     * headers schema the CloudEvents type.
     */
    static void assertAsyncApi(String channel, String topic, String message, String headers, String type,
            String schemaFile) {
        JsonNode doc = asyncApi();
        assertEquals(topic, doc.at("/channels/" + channel + "/address").asText());
        assertEquals(type, doc.at("/components/schemas/" + headers + "/properties/ce_type/const").asText());
        assertEquals("./json/" + schemaFile, doc.at("/components/messages/" + message + "/payload/schema/$ref").asText());
    }

    /** The event, written as every producer writes it, is valid against the schema and reads back equal. */
    static <T> void assertValidAndRoundTrips(JsonSchema schema, T event, Class<T> type) {
        try {
            JsonNode body = JSON.readTree(EventJson.write(event));
            Set<ValidationMessage> errors = schema.validate(body);
            assertTrue(errors.isEmpty(), () -> body + " violates the schema: " + errors);
            assertEquals(event, EventJson.read(body.toString(), type), "round trip");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
