package org.shortagewatch.infra.hostile;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The value a hostile request starts from, built from a schema: its example where it has one, else the first enum
 * value, a value of its format, a sample of its pattern, its minimum. An object gets its required properties (an
 * optional one only while it is attacked: an example is no promise that it goes with the others), an array one item.
 * Close to valid, so that each mutation is the one thing wrong; a test lays what the schema cannot say over it.
 */
final class BaseValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BaseValues() {
    }

    /**
     * The base body of a request schema with {@code overlay} (a JSON object, or null) laid over it field by field:
     * a test names what the schema cannot know, such as a product that exists.
     */
    static JsonNode body(JsonNode schema, String overlay) {
        JsonNode base = of(schema);
        if (overlay != null && base instanceof ObjectNode object) {
            try {
                object.setAll((ObjectNode) JSON.readTree(overlay));
            } catch (JsonProcessingException | ClassCastException e) {
                throw new IllegalArgumentException("a base body overlay is a JSON object: " + overlay, e);
            }
        }
        return base;
    }

    static JsonNode of(JsonNode schema) {
        JsonNode example = example(schema);
        if (example != null) {
            return example.deepCopy();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0).deepCopy();
        }
        switch (type(schema)) {
            case "object":
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (isRequired(schema, p.getKey())) {
                        object.set(p.getKey(), of(p.getValue()));
                    }
                });
                return object;
            case "array":
                ArrayNode array = NODES.arrayNode();
                array.add(of(schema.path("items")));
                return array;
            case "integer":
                return NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1);
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(false);
            default:
                return NODES.textNode(text(schema));
        }
    }

    private static String text(JsonNode schema) {
        switch (schema.path("format").asText()) {
            case "date":
                return LocalDate.now().toString();
            case "date-time":
                return LocalDate.now() + "T09:00:00+09:00";
            case "local-time":
                return "09:00";
            case "uuid":
                return UUID.randomUUID().toString();
            case "email":
                return "hostile@example.jp";
            default:
                String pattern = schema.path("pattern").asText(null);
                String sample = pattern == null ? null : PatternSample.of(pattern);
                return sample != null ? sample : "hostile";
        }
    }

    /** The schema's {@code example} or first {@code examples} entry, or null. */
    static JsonNode example(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        JsonNode examples = schema.path("examples");
        return examples.isArray() && examples.size() > 0 ? examples.get(0) : null;
    }

    static boolean isRequired(JsonNode objectSchema, String property) {
        for (JsonNode name : objectSchema.path("required")) {
            if (name.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** The schema's JSON type; an {@code enum} or a {@code format} without a type is text. */
    static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }
}
