package org.shortagewatch.portal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.shortagewatch.portal.domain.ErrorCsv;
import org.shortagewatch.portal.domain.StatusFormErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateData;

/**
 * A service's refusal as the page shows it: the status and the service's own problem detail (RFC 9457), or, when the
 * service could not be reached at all, no status; and the fields the problem named, each with what the service said
 * of it, for a form that shows them beside its inputs; for an uploaded file, the cells it named by row and column.
 */
@TemplateData
public record Refusal(int status, String detail, List<StatusFormErrors.FieldProblem> fields,
        List<ErrorCsv.Line> cells) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Refusal(int status, String detail) {
        this(status, detail, List.of());
    }

    public Refusal(int status, String detail, List<StatusFormErrors.FieldProblem> fields) {
        this(status, detail, fields, List.of());
    }

    /** The fields a refusal named, placed at the inputs of a form that has {@code inputs}; none without a refusal. */
    public static StatusFormErrors errorsAt(Refusal error, Set<String> inputs) {
        return StatusFormErrors.of(error == null ? List.of() : error.fields(), inputs);
    }

    public boolean unreachable() {
        return status == 0;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** The status the page answers with: the service's own, or 503 when the service could not be reached. */
    public int pageStatus() {
        return unreachable() ? 503 : status;
    }

    /** The message bundle key of what the refusal means for the user, in the page's language. */
    public String messageKey() {
        return switch (status) {
            case 400, 415, 422 -> "refusedBadRequest";
            case 401, 403 -> "refusedForbidden";
            case 404 -> "refusedNotFound";
            case 409 -> "refusedConflict";
            case 429, 503 -> "refusedBusy";
            default -> "refusedOther";
        };
    }

    /** The refusal behind a failed call, or rethrows what is not a service's answer. */
    public static Refusal of(RuntimeException failure) {
        if (failure instanceof WebApplicationException w && w.getResponse() != null) {
            int status = w.getResponse().getStatus();
            String detail = "";
            List<StatusFormErrors.FieldProblem> fields = new ArrayList<>();
            List<ErrorCsv.Line> cells = new ArrayList<>();
            try {
                String body = w.getResponse().readEntity(String.class);
                JsonNode problem = JSON.readTree(body);
                detail = problem.path("detail").asText(problem.path("title").asText(""));
                JsonNode errors = problem.path("errors");
                if (errors.isArray() && !errors.isEmpty()) {
                    // the fields the service named, each with what it said (the summary usually repeats the first)
                    StringBuilder b = new StringBuilder();
                    for (JsonNode e : errors) {
                        fields.add(new StatusFormErrors.FieldProblem(text(e, "field"), text(e, "pointer"),
                                e.path("detail").asText(e.path("message").asText())));
                        if (e.path("row").isInt()) {
                            cells.add(new ErrorCsv.Line(e.path("row").asInt(), text(e, "column"),
                                    e.path("detail").asText(e.path("message").asText())));
                        }
                        b.append(b.isEmpty() ? "" : " / ").append(e.path("field").asText()).append(": ")
                                .append(e.path("detail").asText(e.path("message").asText()));
                    }
                    detail = b.toString();
                }
            } catch (RuntimeException | java.io.IOException unreadable) {
                // the status alone then
            }
            return new Refusal(status, detail, List.copyOf(fields), List.copyOf(cells));
        }
        if (failure instanceof ProcessingException || isConnectFailure(failure)) {
            return new Refusal(0, "");
        }
        throw failure;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static boolean isConnectFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.net.ConnectException || c instanceof io.vertx.core.VertxException
                    || c instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
