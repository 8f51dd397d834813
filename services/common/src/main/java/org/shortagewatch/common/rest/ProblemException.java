package org.shortagewatch.common.rest;

import java.util.List;

/**
 * A request the service refuses for a reason it can explain: rendered as problem+json with the given status and,
 * when a field is to blame, that field.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    /** The caller may not act on this object (it belongs to another organisation). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(400, "Invalid request", detail, List.of(Problem.FieldError.of(field, detail)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
