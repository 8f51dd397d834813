package org.shortagewatch.infra.hostile;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A base body written as JSON text with one edit at one field: a value replaced by raw JSON text (which a tree could
 * not hold: {@code 1e400}, a lone surrogate), a field left out, a field given twice, or a field nobody declared.
 * Written by hand, because a JSON library would refuse to write what the service must refuse to read.
 */
record EditedJson(EditedJson.Kind kind, FieldPath at, String raw) {

    enum Kind { REPLACE, REMOVE, DUPLICATE, ADD_UNKNOWN }

    /** The name of the field no schema declares. */
    static final String UNKNOWN_FIELD = "hostileExtraField";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code at} holds {@code raw} (added to its object if the base lacks it). */
    static EditedJson replace(FieldPath at, String raw) {
        return new EditedJson(Kind.REPLACE, at, raw);
    }

    static EditedJson remove(FieldPath at) {
        return new EditedJson(Kind.REMOVE, at, null);
    }

    /** {@code at} appears twice: first with {@code raw}, then with its base value. */
    static EditedJson duplicate(FieldPath at, String raw) {
        return new EditedJson(Kind.DUPLICATE, at, raw);
    }

    /** The object at {@code at} gains {@value #UNKNOWN_FIELD}. */
    static EditedJson addUnknown(FieldPath at) {
        return new EditedJson(Kind.ADD_UNKNOWN, at, "\"hostile\"");
    }

    String write(JsonNode base) {
        StringBuilder out = new StringBuilder();
        write(base, FieldPath.ROOT, out);
        return out.toString();
    }

    private void write(JsonNode node, FieldPath path, StringBuilder out) {
        if (kind == Kind.REPLACE && path.equals(at)) {
            out.append(raw);
        } else if (node.isObject()) {
            writeObject(node, path, out);
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (kind == Kind.REMOVE && path.item(i).equals(at)) {
                    continue;
                }
                if (out.charAt(out.length() - 1) != '[') {
                    out.append(',');
                }
                write(node.get(i), path.item(i), out);
            }
            out.append(']');
        } else {
            out.append(text(node));
        }
    }

    private void writeObject(JsonNode node, FieldPath path, StringBuilder out) {
        out.append('{');
        boolean first = true;
        boolean replaced = false;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            FieldPath child = path.property(field.getKey());
            if (child.equals(at) && kind == Kind.REMOVE) {
                continue;
            }
            if (child.equals(at) && kind == Kind.DUPLICATE) {
                first = member(field.getKey(), raw, first, out);
            }
            replaced |= child.equals(at);
            first = separator(first, out);
            out.append(text(JSON.getNodeFactory().textNode(field.getKey()))).append(':');
            write(field.getValue(), child, out);
        }
        if (kind == Kind.REPLACE && !replaced && !at.isRoot() && at.parent().equals(path)) {
            first = member(at.last().toString(), raw, first, out);
        }
        if (kind == Kind.ADD_UNKNOWN && path.equals(at)) {
            member(UNKNOWN_FIELD, raw, first, out);
        }
        out.append('}');
    }

    private static boolean member(String name, String value, boolean first, StringBuilder out) {
        separator(first, out);
        out.append(text(JSON.getNodeFactory().textNode(name))).append(':').append(value);
        return false;
    }

    private static boolean separator(boolean first, StringBuilder out) {
        if (!first) {
            out.append(',');
        }
        return false;
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
