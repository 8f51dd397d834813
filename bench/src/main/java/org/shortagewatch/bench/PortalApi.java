package org.shortagewatch.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three services as scenario (f) calls them: the setup's requests, each of which must succeed, and a page's
 * service calls, timed one by one.
 */
final class PortalApi {

    static final ObjectMapper JSON = new ObjectMapper();

    final Http http = new Http();
    final String report;
    final String allocation;
    final String notification;

    PortalApi(String report, String allocation, String notification) {
        this.report = report;
        this.allocation = allocation;
        this.notification = notification;
    }

    String base(PortalPage.Service service) {
        return switch (service) {
            case REPORT -> report;
            case ALLOCATION -> allocation;
            case NOTIFICATION -> notification;
        };
    }

    /** A JSON request to {@code base + path}, with {@code token} unless it is null. */
    HttpRequest.Builder request(String base, String path, String token) {
        return http.json(URI.create(base + path), token);
    }

    /** GETs and reads the JSON answer, which must be 2xx. */
    JsonNode get(String base, String path, String token) throws Exception {
        return JSON.readTree(send(request(base, path, token).GET()).body());
    }

    HttpResponse<String> post(String base, String path, String token, String json) throws Exception {
        return send(request(base, path, token).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String base, String path, String token, String json) throws Exception {
        return send(request(base, path, token).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a setup request, which must be answered 2xx. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> answer = http.send(built);
        require(answer.statusCode() / 100 == 2, built.method() + " " + built.uri() + " answered " + answer.statusCode()
                + ": " + answer.body());
        return answer;
    }

    /** One of a page's calls, as the page makes it (with {@code token} where it sends one): nanoseconds. */
    long timed(PortalPage.Call call, String token) throws Exception {
        HttpRequest request = request(call, token);
        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(request);
        long t1 = System.nanoTime();
        requireOk(request, answer);
        return t1 - t0;
    }

    /** A page's calls all at once, as a page that waits for them together makes them: nanoseconds until the last. */
    long timedAtOnce(List<PortalPage.Call> calls, String token) throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (PortalPage.Call call : calls) {
            requests.add(request(call, token));
        }
        long t0 = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (HttpRequest request : requests) {
            answers.add(http.client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        long t1 = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            requireOk(requests.get(i), answers.get(i).join());
        }
        return t1 - t0;
    }

    private HttpRequest request(PortalPage.Call call, String token) {
        return http.json(URI.create(base(call.service()) + call.path()), call.signed() ? token : null)
                .setHeader("Accept", call.accept()).GET().build();
    }

    private static void requireOk(HttpRequest request, HttpResponse<String> answer) {
        require(answer.statusCode() == 200, request.uri() + " answered " + answer.statusCode() + ": "
                + answer.body().substring(0, Math.min(300, answer.body().length())));
    }

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }
}
