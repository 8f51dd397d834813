package org.shortagewatch.common.rest;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must say what it is: a body sent without a {@code Content-Type} is refused with 415 naming the
 * header, before anything reads it (JAX-RS would otherwise guess, and read it as JSON).
 */
public class DeclaredContentType {

    @ServerRequestFilter
    public Optional<Response> requireContentType(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return Optional.empty();
        }
        Text detail = Text.of("リクエスト本文の Content-Type を指定してください（application/json、またはファイルの形式）",
                "declare the request body's Content-Type (application/json, or the file's type)");
        return Optional.of(ProblemMappers.respond(415, "unsupported-media-type", "Unsupported Media Type", detail,
                request.getUriInfo(), Language.of(request.getHeaderString(Language.ACCEPT_LANGUAGE)),
                List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, null, "is required with a request body", null,
                        null, "本文を送るときは必須です"))));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
