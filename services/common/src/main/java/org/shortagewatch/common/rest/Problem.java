package org.shortagewatch.common.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem-details body ({@code application/problem+json}). {@code errors} names each offending field
 * of the request, with a JSON pointer into the request body where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One offending field: its name ({@link FieldNames}), a pointer and what is wrong; in an uploaded
     * file, also the row (as the spreadsheet numbers it) and the column (its header). The detail is kept in both
     * languages until the response is written ({@link #in(Language)}); only the caller's language goes out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String pointer, String detail, Integer row, String column,
            @JsonIgnore String detailJa) {

        public FieldError(String field, String pointer, String detail) {
            this(field, pointer, detail, null, null, null);
        }

        public FieldError(String field, String pointer, String detail, Integer row, String column) {
            this(field, pointer, detail, row, column, null);
        }

        public static FieldError of(String field, String detail) {
            return new FieldError(field, pointer(field), detail);
        }

        public static FieldError of(String field, Text detail) {
            return new FieldError(field, pointer(field), detail.en(), null, null, detail.ja());
        }

        /** An error in a cell of an uploaded file. */
        public static FieldError inFile(int row, String column, String field, String detail) {
            return new FieldError(field, null, detail, row, column);
        }

        /** An error in a cell of an uploaded file. */
        public static FieldError inFile(int row, String column, String field, Text detail) {
            return new FieldError(field, null, detail.en(), row, column, detail.ja());
        }

        /** An error about the request body as a whole. */
        public static FieldError inBody(Text detail) {
            return new FieldError("(body)", "#", detail.en(), null, null, detail.ja());
        }

        /** This error as the caller reads it. */
        public FieldError in(Language language) {
            String chosen = language == Language.JA && detailJa != null ? detailJa : detail;
            return new FieldError(field, pointer, chosen, row, column, null);
        }

        private static String pointer(String field) {
            return FieldNames.pointer(field);
        }
    }
}
