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
    private final String detailJa;
    private final boolean probe;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, detail, null, errors);
    }

    /** A refusal whose detail is written in both languages; the caller's is chosen when the response is written. */
    public ProblemException(int status, String title, Text detail, List<Problem.FieldError> errors) {
        this(status, title, detail.en(), detail.ja(), errors);
    }

    private ProblemException(int status, String title, String detail, String detailJa,
            List<Problem.FieldError> errors) {
        this(status, title, detail, detailJa, errors, false);
    }

    private ProblemException(int status, String title, String detail, String detailJa,
            List<Problem.FieldError> errors, boolean probe) {
        super(detail);
        this.status = status;
        this.title = title;
        this.detailJa = detailJa;
        this.errors = List.copyOf(errors);
        this.probe = probe;
    }

    /**
     * 404 for an object that exists but belongs to another organisation: the caller learns nothing, and the attempt
     * is audited as a refused authorisation (a probing organisation shows in the audit trail).
     */
    public static ProblemException notYours(Text detail) {
        return new ProblemException(404, "Not Found", detail.en(), detail.ja(), List.of(), true);
    }

    /** Whether this refusal is an attempt on another organisation's object, to be audited. */
    public boolean isProbe() {
        return probe || status == 403;
    }

    /** As {@link #notFound(Text)}, with a detail not yet written in Japanese (the English one is shown). */
    public static ProblemException notFound(String detail) {
        return notFound(Text.of(detail, detail));
    }

    /** As {@link #forbidden(Text)}, with a detail not yet written in Japanese (the English one is shown). */
    public static ProblemException forbidden(String detail) {
        return forbidden(Text.of(detail, detail));
    }

    /** As {@link #invalidField(String, Text)}, with a detail not yet written in Japanese. */
    public static ProblemException invalidField(String field, String detail) {
        return invalidField(field, Text.of(detail, detail));
    }

    public static ProblemException notFound(Text detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    /** The caller may not act on this object (it belongs to another organisation). */
    public static ProblemException forbidden(Text detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException invalidField(String field, Text detail) {
        return new ProblemException(400, "Invalid request", detail, List.of(Problem.FieldError.of(field, detail)));
    }

    /** The detail in the caller's language (English where no Japanese was given). */
    public String detail(Language language) {
        return language == Language.JA && detailJa != null ? detailJa : getMessage();
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
