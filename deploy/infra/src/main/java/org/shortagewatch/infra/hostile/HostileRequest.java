package org.shortagewatch.infra.hostile;

import java.util.Map;

/**
 * One request the suite sends, and the refusal it must get.
 *
 * @param operation   {@link WriteOperation#key()}
 * @param name        the case, unique within the operation: {@code "body yjCode: SQL injection"}
 * @param method      HTTP method
 * @param pathAndQuery the path with its parameters filled in (percent-encoded), and the query if any
 * @param headers     {@code Authorization}, {@code Content-Type} where sent
 * @param body        null: no body
 * @param expected    the refusal required
 */
public record HostileRequest(String operation, String name, String method, String pathAndQuery,
        Map<String, String> headers, String body, Expected expected) {

    /** How the case is written in a test's {@code KNOWN_DEFECTS}: {@code "POST /api/v1/status-changes body yjCode: NUL"}. */
    public String id() {
        return operation + " " + name;
    }

    /** What a refusal must be. */
    public enum Refusal {
        /**
         * 4xx naming {@link Expected#field()} in {@code errors[].field}; or 401, 403 or 404, which need name no field
         * (a path that cannot be converted is not found; a value the caller may not use is forbidden).
         */
        FIELD,
        /** 401: no valid credentials. */
        UNAUTHENTICATED,
        /** 403: the role may not do this. */
        FORBIDDEN,
        /** 403 or 404: another organisation's object. */
        NOT_YOURS
    }

    public record Expected(Refusal refusal, String field) {

        static Expected field(String field) {
            return new Expected(Refusal.FIELD, field);
        }

        @Override
        public String toString() {
            return switch (refusal) {
                case FIELD -> "4xx problem+json naming " + field + ", or 401/403/404";
                case UNAUTHENTICATED -> "401 problem+json";
                case FORBIDDEN -> "403 problem+json";
                case NOT_YOURS -> "403 or 404 problem+json";
            };
        }
    }
}
