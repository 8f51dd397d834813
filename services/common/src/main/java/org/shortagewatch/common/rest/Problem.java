package org.shortagewatch.common.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem-details body ({@code application/problem+json}). {@code errors} names each offending field
 * of the request, with a JSON pointer into the request body where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: its name (dotted path for nested fields), a pointer and what is wrong. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String pointer, String detail) {
        public static FieldError of(String field, String detail) {
            return new FieldError(field, field == null ? null : "#/" + field.replace('.', '/'), detail);
        }
    }
}
