package org.shortagewatch.infra.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.shortagewatch.infra.hostile.HostileRequest.Expected;
import org.shortagewatch.infra.hostile.HostileRequest.Refusal;

/**
 * Every hostile request of one write operation: its hostile bodies ({@link BodyCases}); a body missing, not JSON,
 * sent as {@code text/plain} or without a content type; hostile path and query parameters; and the base request with
 * no token, a malformed, an expired and a foreign-signed token, a role it does not allow and another organisation.
 */
final class HostileRequests {

    private static final String JSON_TYPE = "application/json";

    private final WriteOperation operation;
    private final OperationCallers callers;
    private final Map<String, String> pathValues;
    private final String baseBody;
    private final String baseType;
    private final List<HostileRequest> requests = new ArrayList<>();

    private HostileRequests(WriteOperation operation, OperationCallers callers, Map<String, String> pathValues,
            String baseBody) {
        this.operation = operation;
        this.callers = callers;
        this.pathValues = pathValues;
        this.baseBody = baseBody;
        this.baseType = operation.takesJson() ? JSON_TYPE
                : operation.mediaTypes().isEmpty() ? null : operation.mediaTypes().get(0);
    }

    /**
     * @param pathValues the base value of each path parameter (a generated one where absent)
     * @param bodyOverlay JSON operations: fields laid over the generated base body; others: the base body itself
     */
    static List<HostileRequest> of(WriteOperation operation, OperationCallers callers, Map<String, String> pathValues,
            String bodyOverlay) {
        JsonNode base = operation.takesJson() ? BaseValues.body(operation.jsonBody(), bodyOverlay) : null;
        String baseBody = base != null ? EditedJson.text(base) : operation.takesBody() ? bodyOverlay : null;
        HostileRequests all = new HostileRequests(operation, callers, basePath(operation, pathValues), baseBody);
        if (base != null) {
            for (BodyCases.Case c : BodyCases.of(operation.jsonBody(), base)) {
                all.add(c.name(), all.path(Map.of()), callers.allowed(), JSON_TYPE, c.body(), Expected.field(c.field()));
            }
            all.wholeBody();
        }
        if (operation.takesBody()) {
            all.contentTypes();
        }
        all.parameters();
        all.tokens();
        return all.requests;
    }

    private void wholeBody() {
        Expected body = Expected.field("(body)");
        if (operation.bodyRequired()) {
            add("no body", path(Map.of()), callers.allowed(), JSON_TYPE, null, body);
            add("body null", path(Map.of()), callers.allowed(), JSON_TYPE, "null", body);
        }
        add("body not JSON", path(Map.of()), callers.allowed(), JSON_TYPE, "{hostile: not json", body);
        // a malformed Accept-Language is passed over: the refusal is the same, in Japanese
        for (String language : new String[] {"en;q=abc", "en;level=1"}) {
            add("body not JSON, Accept-Language " + language, path(Map.of()), callers.allowed(), JSON_TYPE,
                    "{hostile: not json", body, Map.of("Accept-Language", language));
        }
        add("body an array", path(Map.of()), callers.allowed(), JSON_TYPE, "[" + baseBody + "]", body);
        add("body followed by garbage", path(Map.of()), callers.allowed(), JSON_TYPE, baseBody + " hostile", body);
    }

    private void contentTypes() {
        Expected contentType = Expected.field("Content-Type");
        add("Content-Type text/plain", path(Map.of()), callers.allowed(), "text/plain", nonNull(baseBody), contentType);
        add("no Content-Type", path(Map.of()), callers.allowed(), null, nonNull(baseBody), contentType);
    }

    private void parameters() {
        for (WriteOperation.Parameter parameter : operation.parameters()) {
            for (Map.Entry<String, String> value : parameterValues(parameter.schema()).entrySet()) {
                Map<String, String> changed = Map.of(parameter.name(), value.getValue());
                String target = parameter.inPath() ? path(changed)
                        : path(Map.of()) + "?" + parameter.name() + "=" + encode(value.getValue());
                add(parameter.in() + " " + parameter.name() + ": " + value.getKey(), target, callers.allowed(),
                        baseType, baseBody, Expected.field(parameter.name()));
            }
        }
    }

    private static Map<String, String> parameterValues(JsonNode schema) {
        Map<String, String> values = new LinkedHashMap<>(HostileValues.INJECTIONS);
        values.put("control character NUL", "a\u0000b");
        values.put("control character ESC", "a\u001bb");
        values.put("control character DEL", "a\u007fb");
        values.put("control character C1 NEL", "a\u0085b");
        String type = BaseValues.type(schema);
        String format = schema.path("format").asText();
        if (type.equals("integer") || type.equals("number")) {
            values.put("text for number", "abc");
            values.put("fraction", "1.5");
            values.put("2^63", "9223372036854775808");
        } else if (format.equals("uuid")) {
            values.put("not a UUID", "not-a-uuid");
            values.put("number for UUID", "1");
        } else if (format.equals("date")) {
            values.put("no such day", "2026-02-30");
            values.put("year 99999", "+99999-01-01");
        } else if (type.equals("boolean")) {
            values.put("not a boolean", "yes");
        }
        return values;
    }

    private void tokens() {
        String path = path(Map.of());
        String body = baseBody;
        Expected unauthenticated = new Expected(Refusal.UNAUTHENTICATED, null);
        add("token: none", path, null, baseType, body, unauthenticated);
        add("token: malformed", path, "Bearer not-a-token", baseType, body, unauthenticated);
        add("token: expired", path, callers.expired(), baseType, body, unauthenticated);
        add("token: signed by a foreign key", path, callers.foreignKey(), baseType, body, unauthenticated);
        String forbidden = callers.roleNotAllowed(operation.roles());
        if (forbidden != null) {
            add("token: role not allowed", path, forbidden, baseType, body, new Expected(Refusal.FORBIDDEN, null));
        }
        if (callers.otherOrganisation() != null) {
            add("token: another organisation", path, callers.otherOrganisation(), baseType, body,
                    new Expected(Refusal.NOT_YOURS, null));
        }
    }

    private void add(String name, String target, String authorization, String contentType, String body,
            Expected expected) {
        add(name, target, authorization, contentType, body, expected, Map.of());
    }

    private void add(String name, String target, String authorization, String contentType, String body,
            Expected expected, Map<String, String> otherHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(otherHeaders);
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        requests.add(new HostileRequest(operation.key(), name, operation.method(), target, headers, body, expected));
    }

    /** The path with its base parameter values, except those in {@code changed}, percent-encoded. */
    private String path(Map<String, String> changed) {
        String path = operation.path();
        for (WriteOperation.Parameter parameter : operation.parameters()) {
            if (parameter.inPath()) {
                String value = changed.getOrDefault(parameter.name(), pathValues.get(parameter.name()));
                path = path.replace("{" + parameter.name() + "}", encode(value));
            }
        }
        return path;
    }

    private static Map<String, String> basePath(WriteOperation operation, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(given);
        for (WriteOperation.Parameter parameter : operation.parameters()) {
            if (parameter.inPath()) {
                values.computeIfAbsent(parameter.name(), name -> BaseValues.of(parameter.schema()).asText());
            }
        }
        return values;
    }

    private static String nonNull(String body) {
        return body == null ? "" : body;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
