package org.shortagewatch.common.rest;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A refusal answered by a Vert.x route before JAX-RS sees the request (its size is wrong before anything reads it):
 * problem+json in the caller's language, as {@link ProblemMappers} writes it, and the connection closed, since the
 * rest of the request is never read.
 */
final class EarlyRefusal {

    private EarlyRefusal() {
    }

    static void send(RoutingContext context, ObjectMapper json, int status, String title, Text detail,
            Problem.FieldError error) {
        Language language = Language.requestedBy(context);
        Problem body = new Problem(ProblemMappers.TYPE_BASE + ProblemMappers.slug(title),
                ProblemTitles.in(language, title), status, detail.in(language), context.normalizedPath(),
                List.of(error.in(language)));
        try {
            context.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, language == Language.EN ? "en" : "ja")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            context.fail(status);
        }
    }
}
