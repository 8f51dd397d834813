package org.shortagewatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;

/** The JDK HTTP client with the few things the harness needs: bearer JSON requests and many requests at once. */
final class Http {

    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpRequest.Builder json(URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends every request, at most {@code concurrency} at a time, and fails on the first answer that is not 2xx
     * (setup, not measurement: throughput here does not matter).
     */
    List<HttpResponse<String>> sendAll(List<HttpRequest> requests, int concurrency, String what) throws Exception {
        return sendAll(requests, concurrency, what, status -> status / 100 == 2);
    }

    /** A subscription's answer that counts as done: made now, or (409) made by an earlier run against the system. */
    static final IntPredicate SUBSCRIBED = status -> status / 100 == 2 || status == 409;

    /** As {@link #sendAll(List, int, String)}, with the answers that count as done ({@code ok}). */
    List<HttpResponse<String>> sendAll(List<HttpRequest> requests, int concurrency, String what, IntPredicate ok)
            throws Exception {
        Semaphore slots = new Semaphore(concurrency);
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        @SuppressWarnings("unchecked")
        CompletableFuture<HttpResponse<String>>[] futures = new CompletableFuture[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            if (failure.get() != null) {
                break;
            }
            slots.acquire();
            HttpRequest request = requests.get(i);
            futures[i] = client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                slots.release();
                if (error != null) {
                    failure.compareAndSet(null, request.method() + " " + request.uri() + ": " + error);
                } else if (!ok.test(response.statusCode())) {
                    failure.compareAndSet(null, request.method() + " " + request.uri() + " answered "
                            + response.statusCode() + ": " + response.body());
                }
                int n = done.incrementAndGet();
                if (n % 5000 == 0) {
                    System.out.println("  " + what + ": " + n + " / " + requests.size());
                }
            });
        }
        slots.acquire(concurrency);
        if (failure.get() != null) {
            throw new IllegalStateException(what + " failed: " + failure.get());
        }
        return java.util.Arrays.stream(futures).map(CompletableFuture::join).toList();
    }
}
