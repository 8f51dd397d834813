package org.shortagewatch.infra.hostile;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether an answer is the refusal a hostile request must get: a 4xx (never a 5xx, never a success) in
 * {@code application/problem+json} that forbids content sniffing, naming the field in {@code errors[].field} where
 * the request has one wrong, with the status its kind of refusal requires.
 */
final class Refusals {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Refusals() {
    }

    /** What is wrong with the answer, or null when it is the refusal required. */
    static String check(HostileRequest request, int status, String contentType, boolean noSniff, String body) {
        HostileRequest.Expected expected = request.expected();
        if (status < 400 || status >= 500) {
            return "answered " + status + ", expected " + expected;
        }
        if (contentType == null || !contentType.startsWith(PROBLEM_JSON)) {
            return "answered " + status + " as " + contentType + ", not " + PROBLEM_JSON;
        }
        if (!noSniff) {
            return "answered " + status + " without X-Content-Type-Options: nosniff";
        }
        List<String> fields = fields(body);
        if (fields == null) {
            return "answered " + status + " with a body that is not JSON";
        }
        boolean named = fields.contains(expected.field());
        return switch (expected.refusal()) {
            case FIELD -> named || status == 401 || status == 403 || status == 404 ? null
                    : "answered " + status + " naming " + fields + ", not " + expected.field();
            case UNAUTHENTICATED -> status == 401 ? null : "answered " + status + ", expected 401";
            case FORBIDDEN -> status == 403 ? null : "answered " + status + ", expected 403";
            case NOT_YOURS -> status == 403 || status == 404 ? null : "answered " + status + ", expected 403 or 404";
        };
    }

    /** The fields {@code errors[]} names, or null when the body is not JSON. */
    private static List<String> fields(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.path("field").asText(null)));
            return fields;
        } catch (Exception notJson) {
            return null;
        }
    }
}
