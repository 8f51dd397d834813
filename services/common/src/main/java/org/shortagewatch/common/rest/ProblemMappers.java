package org.shortagewatch.common.rest;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.SecurityFailureAudit;
import org.shortagewatch.common.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into RFC 9457 problem+json, naming the offending field where there is one. A refused request
 * has changed nothing: these mappers run before or instead of the transaction that would have changed state.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://shortagewatch.org/problems/";
    /** The name every resource gives its request-body parameter. */
    public static final String BODY_PARAMETER = "body";

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.of(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.detail()).collect(Collectors.joining("; "));
        return respond(400, "invalid-request", "Invalid request", detail, uri, errors);
    }

    /** Replaces Quarkus's built-in mapper for this type, which answers without naming the field. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String detail;
            if (e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                detail = "'" + format.getValue() + "' is not one of " + List.of(format.getTargetType().getEnumConstants());
            } else if (e instanceof InvalidFormatException format) {
                detail = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
            } else if (e instanceof UnrecognizedPropertyException) {
                detail = "unknown field";
            } else {
                detail = "has the wrong type or form";
            }
            return respond(400, "invalid-request", "Invalid request", field + ": " + detail, uri,
                    List.of(Problem.FieldError.of(field, detail)));
        }
        return respond(400, "malformed-json", "Malformed JSON",
                "the request body is not well-formed JSON: " + e.getOriginalMessage(), uri,
                List.of(new Problem.FieldError("(body)", "#", "not well-formed JSON")));
    }

    /** No valid credentials: a missing, expired, wrongly signed or foreign-issuer token, or one without org. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = respond(401, "unauthorized", "Unauthorized",
                "send a valid bearer token (Authorization: Bearer ...) or API key", uri, List.of());
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "your role does not allow this", uri, List.of());
    }

    @Inject
    AuditTrail audit;

    @Inject
    SecurityFailureAudit refusals;

    @Inject
    Caller caller;

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri, HttpServerRequest request) {
        if (e.status() == 403) {
            // An ownership refusal is an authorisation failure: audited like the role checks Quarkus makes itself,
            // in a transaction of its own (the refused one was rolled back).
            refusals.deny(SecurityFailureAudit.AUTHORIZATION, request.method() + " " + request.path(),
                    caller.subject(), caller.org().orElse(null), audit.currentSourceAddress());
        }
        return respond(e.status(), slug(e.title()), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 415 -> "send the request body as application/json";
            case 406 -> "this resource answers application/json";
            default -> e.getMessage();
        };
        List<Problem.FieldError> errors = status == 415
                ? List.of(new Problem.FieldError("Content-Type", null, "must be application/json"))
                : List.of();
        return respond(status, slug(title), title, detail, uri, errors);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DependencyFailures.isDependencyFailure(e)) {
            LOG.warnf("%s: a dependency is unavailable, answered 503: %s", uri.getPath(), e.toString());
            Response problem = respond(503, "service-unavailable", "Service Unavailable",
                    "the database is unavailable for a moment; try again (with the same Idempotency-Key, so the "
                            + "request takes effect at most once)", uri, List.of());
            return Response.fromResponse(problem).header("Retry-After", "5").build();
        }
        LOG.error("unexpected failure serving " + uri.getPath(), e);
        return respond(500, "internal-error", "Internal Server Error",
                "the request could not be completed; nothing was changed", uri, List.of());
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(TYPE_BASE + slug, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * The field a violation is about, as the client named it: below a body parameter the property path
     * ({@code report.body.yjCode} becomes {@code yjCode}); for a path or query parameter its name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() == null) {
                    continue;
                }
                if (property.length() > 0) {
                    property.append('.');
                }
                property.append(node.getName());
                if (node.getIndex() != null) {
                    property.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        if (property.length() > 0) {
            return property.toString();
        }
        // Resources name their request-body parameter "body"; a violation on it is about the body as a whole.
        return parameter == null || BODY_PARAMETER.equals(parameter) ? "(body)" : parameter;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
