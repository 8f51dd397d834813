package org.shortagewatch.infra.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends hostile requests as they are: the JDK's client adds no content type of its own and leaves a body it is given
 * untouched, so a request without {@code Content-Type} really has none.
 */
final class HostileClient {

    /** An answer: status, content type (or null), whether it forbids content sniffing, and body. */
    record Answer(int status, String contentType, boolean noSniff, String body) {

        @Override
        public String toString() {
            String shown = body.length() > 600 ? body.substring(0, 600) + "..." : body;
            return status + " " + contentType + " " + shown;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HostileClient() {
    }

    /** The service's OpenAPI document as JSON. */
    static String openApi(URI root) {
        Answer answer = send(HttpRequest.newBuilder(root.resolve("/q/openapi?format=json")).GET());
        if (answer.status() != 200) {
            throw new IllegalStateException("no OpenAPI document at " + root + ": " + answer);
        }
        return answer.body();
    }

    static Answer send(URI root, HostileRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "")
                + request.pathAndQuery()));
        request.headers().forEach(http::header);
        http.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        return send(http);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("X-Content-Type-Options").filter("nosniff"::equals).isPresent(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
