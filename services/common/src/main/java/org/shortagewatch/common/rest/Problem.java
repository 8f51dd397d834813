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

    /**
     * One offending field: its name (dotted path for nested fields), a pointer and what is wrong; in an uploaded
     * file, also the row (as the spreadsheet numbers it) and the column (its header).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String pointer, String detail, Integer row, String column) {

        public FieldError(String field, String pointer, String detail) {
            this(field, pointer, detail, null, null);
        }

        public static FieldError of(String field, String detail) {
            return new FieldError(field, field == null ? null : "#/" + field.replace('.', '/'), detail);
        }

        /** An error in a cell of an uploaded file. */
        public static FieldError inFile(int row, String column, String field, String detail) {
            return new FieldError(field, null, detail, row, column);
        }
    }
}
