package org.shortagewatch.infra.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every hostile JSON body of one request schema: for each field (nested objects and the first item of arrays
 * included) its wrong values ({@link HostileValues}), null and absence where it is required, and the field given
 * twice; for each object a field nobody declared. Each body is the base body with exactly that one thing wrong.
 */
final class BodyCases {

    /** A hostile body and the field the refusal must name. */
    record Case(String name, String body, String field) {
    }

    private final List<Case> cases = new ArrayList<>();

    private BodyCases() {
    }

    static List<Case> of(JsonNode schema, JsonNode base) {
        BodyCases all = new BodyCases();
        all.object(schema, FieldPath.ROOT, base);
        return all.cases;
    }

    private void object(JsonNode schema, FieldPath path, JsonNode base) {
        add(path.property(EditedJson.UNKNOWN_FIELD), "unknown field", EditedJson.addUnknown(path), base);
        schema.path("properties").fields().forEachRemaining(property -> {
            FieldPath child = path.property(property.getKey());
            JsonNode withField = ensure(base, child, property.getValue());
            field(property.getValue(), child, BaseValues.isRequired(schema, property.getKey()), withField);
            add(child, "given twice", EditedJson.duplicate(child, EditedJson.text(valueAt(withField, child))),
                    withField);
            if (BaseValues.isRequired(schema, property.getKey())) {
                add(child, "required but absent", EditedJson.remove(child), base);
            }
        });
    }

    private void field(JsonNode schema, FieldPath path, boolean required, JsonNode base) {
        for (Map.Entry<String, String> value : HostileValues.of(schema, valueAt(base, path)).entrySet()) {
            add(path, value.getKey(), EditedJson.replace(path, value.getValue()), base);
        }
        if (required) {
            add(path, "null", EditedJson.replace(path, "null"), base);
        }
        switch (BaseValues.type(schema)) {
            case "object" -> object(schema, path, base);
            case "array" -> {
                FieldPath item = path.item(0);
                JsonNode withItem = ensure(base, item, schema.path("items"));
                field(schema.path("items"), item, true, withItem);
            }
            default -> {
            }
        }
    }

    private void add(FieldPath field, String what, EditedJson edit, JsonNode base) {
        String name = "body " + field + ": " + what;
        cases.add(new Case(name, edit.write(base), field.toString()));
    }

    /** The base with a value at {@code path} if it had none there (its parent exists). */
    private static JsonNode ensure(JsonNode base, FieldPath path, JsonNode schema) {
        if (!valueAt(base, path).isMissingNode()) {
            return base;
        }
        JsonNode copy = base.deepCopy();
        JsonNode parent = valueAt(copy, path.parent());
        if (parent instanceof ObjectNode object) {
            object.set((String) path.last(), BaseValues.of(schema));
        } else if (parent instanceof ArrayNode array) {
            array.add(BaseValues.of(schema));
        }
        return copy;
    }

    static JsonNode valueAt(JsonNode root, FieldPath path) {
        JsonNode node = root;
        for (Object step : path.steps()) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }
}
