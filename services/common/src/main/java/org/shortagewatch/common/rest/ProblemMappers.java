package org.shortagewatch.common.rest;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.CommonAuditAction;
import org.shortagewatch.common.audit.SecurityFailureAudit;
import org.shortagewatch.common.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every refusal into RFC 9457 problem+json, naming the offending field where there is one. A refused request
 * has changed nothing: these mappers run before or instead of the transaction that would have changed state.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String TYPE_BASE = "https://shortagewatch.org/problems/";
    /** The name every resource gives its request-body parameter. */
    public static final String BODY_PARAMETER = "body";

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        // Bean Validation wrote each message in the caller's language already (quarkus.locales, Accept-Language).
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.of(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.detail()).collect(Collectors.joining("; "));
        return respond(400, "invalid-request", "Invalid request", Text.of(detail, detail), uri, headers, errors);
    }

    /** Replaces Quarkus's built-in mapper for this type, which answers without naming the field. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String field = JsonRefusals.fieldOf(e);
        if (field != null) {
            Text detail = JsonRefusals.detailOf(e);
            return respond(400, "invalid-request", "Invalid request",
                    Text.of(field + ": " + detail.ja(), field + ": " + detail.en()), uri, headers,
                    List.of(Problem.FieldError.of(field, detail)));
        }
        return respond(400, "malformed-json", "Malformed JSON",
                Text.of("リクエスト本文が正しい JSON ではありません: " + e.getOriginalMessage(),
                        "the request body is not well-formed JSON: " + e.getOriginalMessage()), uri, headers,
                List.of(Problem.FieldError.inBody(Text.of("正しい JSON ではありません", "not well-formed JSON"))));
    }

    /** No valid credentials: a missing, expired, wrongly signed or foreign-issuer token, or one without org. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Response problem = respond(401, "unauthorized", "Unauthorized",
                Text.of("有効なアクセストークン（Authorization: Bearer ...）または API キーを送ってください",
                        "send a valid bearer token (Authorization: Bearer ...) or API key"), uri, headers, List.of());
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, "forbidden", "Forbidden",
                Text.of("あなたのロールではこの操作はできません", "your role does not allow this"), uri, headers, List.of());
    }

    @Inject
    AuditTrail audit;

    @Inject
    SecurityFailureAudit refusals;

    @Inject
    Caller caller;

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri, HttpHeaders headers, HttpServerRequest request) {
        if (e.isProbe()) {
            // An ownership refusal (403, or a 404 that hides another organisation's object) is an authorisation
            // failure: audited like the role checks Quarkus makes itself, in a transaction of its own (the refused
            // one was rolled back).
            refusals.deny(CommonAuditAction.AUTHORIZATION, request.method() + " " + request.path(),
                    caller.subject(), caller.org().orElse(null), audit.currentSourceAddress());
        }
        return respond(e.status(), slug(e.title()), e.title(),
                Text.of(e.detail(Language.JA), e.detail(Language.EN)), uri, headers, e.errors());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Text detail = switch (status) {
            case 415 -> Text.of("リクエスト本文は application/json で送ってください", "send the request body as application/json");
            case 406 -> Text.of("この資源は application/json で応答します", "this resource answers application/json");
            case 404 -> Text.of("そのアドレスには何もありません", "nothing is at this address");
            case 405 -> Text.of("このアドレスはこのメソッドを受け付けません", "this address does not take this method");
            default -> Text.of(e.getMessage(), e.getMessage());
        };
        List<Problem.FieldError> errors = status == 415
                ? List.of(new Problem.FieldError("Content-Type", null, "must be application/json", null, null,
                        "application/json でなければなりません"))
                : List.of();
        return respond(status, slug(title), title, detail, uri, headers, errors);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DependencyFailures.isDependencyFailure(e)) {
            LOG.warnf("%s: a dependency is unavailable, answered 503: %s", uri.getPath(), e.toString());
            Response problem = respond(503, "service-unavailable", "Service Unavailable",
                    Text.of("データベースが一時的に利用できません。同じ Idempotency-Key で再送してください（一度だけ反映されます）",
                            "the database is unavailable for a moment; try again (with the same Idempotency-Key, "
                                    + "so the request takes effect at most once)"), uri, headers, List.of());
            return Response.fromResponse(problem).header("Retry-After", "5").build();
        }
        LOG.error("unexpected failure serving " + uri.getPath(), e);
        return respond(500, "internal-error", "Internal Server Error",
                Text.of("処理を完了できませんでした。何も変更していません",
                        "the request could not be completed; nothing was changed"), uri, headers, List.of());
    }

    /** The problem+json response, in the language the caller's {@code Accept-Language} asks for (Japanese first). */
    static Response respond(int status, String slug, String title, Text detail, UriInfo uri, HttpHeaders headers,
            List<Problem.FieldError> errors) {
        return respond(status, slug, title, detail, uri,
                Language.of(headers == null ? null : headers.getHeaderString(Language.ACCEPT_LANGUAGE)), errors);
    }

    static Response respond(int status, String slug, String title, Text detail, UriInfo uri, Language language,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(TYPE_BASE + slug, ProblemTitles.in(language, title), status,
                detail.in(language), uri == null ? null : uri.getPath(),
                errors.stream().map(error -> error.in(language)).toList());
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE,
                language == Language.EN ? "en" : "ja").entity(body).build();
    }

    static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * The field a violation is about, as the client named it: below a body parameter its JSON path
     * ({@code report.body.yjCode} becomes {@code yjCode}; an item of a list {@code gs1Codes[0]}, a property of one
     * {@code targetProducts[0].yjCode}); for a path or query parameter its name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        String property = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // A node inside a list carries the index of the item it is in: that index belongs to the path so far.
                if (node.isInIterable() && !property.isEmpty()) {
                    property = FieldNames.item(property, node.getIndex() != null ? node.getIndex() : node.getKey());
                }
                boolean element = node.getKind() == ElementKind.CONTAINER_ELEMENT
                        || node.getName() == null || node.getName().startsWith("<");
                if (!element) {
                    property = FieldNames.property(property, node.getName());
                }
            }
        }
        if (!property.isEmpty()) {
            return property;
        }
        // Resources name their request-body parameter "body"; a violation on it is about the body as a whole.
        return parameter == null || BODY_PARAMETER.equals(parameter) ? "(body)" : parameter;
    }

}
