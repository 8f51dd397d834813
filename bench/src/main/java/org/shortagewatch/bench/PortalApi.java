package org.shortagewatch.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
        URI uri = URI.create(base(call.service()) + call.path());
        HttpRequest request = http.json(uri, call.signed() ? token : null).setHeader("Accept", call.accept()).GET()
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(request);
        long t1 = System.nanoTime();
        require(answer.statusCode() == 200, uri + " answered " + answer.statusCode() + ": "
                + answer.body().substring(0, Math.min(300, answer.body().length())));
        return t1 - t0;
    }

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }
}
