package org.shortagewatch.infra.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document (as JSON, {@code /q/openapi?format=json}), read for its write operations with every
 * {@code $ref} resolved: the suite is generated from what the service says about itself, so an endpoint added
 * tomorrow is attacked tomorrow. The operation-coverage test reads the list of all its operations the same way.
 */
public final class OpenApiDocument {

    static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    /** The keys of a path item that name an operation (its others are {@code parameters}, {@code summary}...). */
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Deeper than any request body of the project; stops a schema that refers to itself. */
    private static final int MAX_DEPTH = 12;

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Every operation of the document as {@code "METHOD /path/template"}, in the document's order. */
    public List<String> operations() {
        List<String> found = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                found.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return found;
    }

    /** Every POST, PUT, PATCH and DELETE of the document, in the document's order. */
    public List<WriteOperation> writeOperations() {
        List<WriteOperation> found = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (WRITE_METHODS.contains(op.getKey())) {
                found.add(operation(path.getKey(), op.getKey().toUpperCase(Locale.ROOT), op.getValue(),
                        path.getValue().path("parameters")));
            }
        }));
        return found;
    }

    private WriteOperation operation(String path, String method, JsonNode op, JsonNode shared) {
        List<WriteOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode list : new JsonNode[] {shared, op.path("parameters")}) {
            for (JsonNode p : list) {
                JsonNode parameter = resolve(p, 0);
                String in = parameter.path("in").asText();
                if (in.equals("path") || in.equals("query")) {
                    parameters.add(new WriteOperation.Parameter(parameter.path("name").asText(), in,
                            resolve(parameter.path("schema"), 0), parameter.path("required").asBoolean(false)));
                }
            }
        }
        JsonNode body = resolve(op.path("requestBody"), 0);
        List<String> mediaTypes = new ArrayList<>();
        body.path("content").fieldNames().forEachRemaining(mediaTypes::add);
        JsonNode json = body.path("content").path("application/json").path("schema");
        List<String> roles = new ArrayList<>();
        op.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return new WriteOperation(method, path, List.copyOf(parameters), List.copyOf(mediaTypes),
                json.isMissingNode() ? null : resolve(json, 0), body.path("required").asBoolean(false),
                List.copyOf(roles));
    }

    /**
     * The schema with every {@code $ref} in it replaced by what it names; keywords written next to a {@code $ref}
     * (SmallRye puts {@code examples} and {@code description} there) win over the referenced schema's.
     */
    JsonNode resolve(JsonNode node, int depth) {
        if (depth > MAX_DEPTH || node == null || node.isMissingNode()) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(resolve(item, depth + 1)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode resolved = JSON.createObjectNode();
        if (node.has("$ref")) {
            JsonNode target = resolve(pointer(node.get("$ref").asText()), depth + 1);
            if (target != null && target.isObject()) {
                resolved.setAll((ObjectNode) target);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("$ref")) {
                resolved.set(field.getKey(), resolve(field.getValue(), depth + 1));
            }
        }
        return resolved;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only references into the same document are supported: " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("the document has no " + ref);
        }
        return target;
    }
}
