package org.shortagewatch.common.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose declared length exceeds {@code quarkus.http.limits.max-body-size} is answered 413 as problem+json
 * (naming the limit, in the caller's language) before anything reads it. Quarkus would answer such a request with
 * an empty 413 of its own; a body sent in chunks without a length is still cut off by Quarkus at the same limit.
 */
@ApplicationScoped
public class BodyLimit {

    void install(@Observes Router router, ObjectMapper json) {
        Optional<MemorySize> limit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class);
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(SecurityHeaders.ROUTE_ORDER + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length, max)) {
                refuse(context, json, max);
                return;
            }
            context.next();
        });
    }

    static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, ObjectMapper json, long max) {
        String megabytes = max % (1024 * 1024) == 0 ? (max / (1024 * 1024)) + " MiB" : max + " bytes";
        Text detail = Text.of("リクエスト本文は " + megabytes + " までです。ファイルを分けて送ってください",
                "a request body may be at most " + megabytes + "; split the file");
        EarlyRefusal.send(context, json, 413, "Payload Too Large", detail,
                new Problem.FieldError("Content-Length", null, detail.en(), null, null, detail.ja()));
    }
}
