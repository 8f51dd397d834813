package org.shortagewatch.events;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

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

    /** The component names of a record type, sorted. */
    static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
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
}
