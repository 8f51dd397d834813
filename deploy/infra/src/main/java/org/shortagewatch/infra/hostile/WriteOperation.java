package org.shortagewatch.infra.hostile;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of an OpenAPI document that may change state ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}), with its schemas resolved.
 *
 * @param method     upper case
 * @param path       the path template, e.g. {@code /api/v1/products/{yj}}
 * @param parameters its path and query parameters
 * @param mediaTypes the media types its request body may be sent as (empty: it takes no body)
 * @param jsonBody   the schema of its {@code application/json} body, or null
 * @param bodyRequired whether the document declares the body required
 * @param roles      the roles its security requirement names (empty: any authenticated caller, or none)
 */
public record WriteOperation(String method, String path, List<Parameter> parameters, List<String> mediaTypes,
        JsonNode jsonBody, boolean bodyRequired, List<String> roles) {

    /** A path or query parameter. */
    public record Parameter(String name, String in, JsonNode schema, boolean required) {

        public boolean inPath() {
            return "path".equals(in);
        }
    }

    /** How the operation is named in a test's maps and in {@code KNOWN_DEFECTS}: {@code "PUT /api/v1/products/{yj}"}. */
    public String key() {
        return method + " " + path;
    }

    public boolean takesBody() {
        return !mediaTypes.isEmpty();
    }

    public boolean takesJson() {
        return jsonBody != null;
    }
}
