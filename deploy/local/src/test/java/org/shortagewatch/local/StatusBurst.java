package org.shortagewatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.restassured.path.json.JsonPath;

/**
 * A manufacturer's burst of status changes, the load under which the fault and scale tests break things: every
 * product in its own thread, each post the product's next status in a cycle (so consecutive changes differ), and a
 * record of what was acknowledged ({@code yj#revision} for every 201) and what was not (and with which status).
 */
final class StatusBurst {

    /** Something done to the system while the burst goes on. */
    interface Fault {
        void run() throws Exception;
    }

    /** Each product's statuses in turn, so consecutive changes of a product always differ. */
    private static final List<String> CYCLE = List.of(
            """
            "shipmentResponse":"LIMITED_OWN_REASONS","reason":"MANUFACTURING_TROUBLE\"""",
            """
            "shipmentResponse":"NORMAL\"""",
            """
            "shipmentResponse":"STOPPED","reason":"QUALITY_TROUBLE\"""",
            """
            "shipmentResponse":"NORMAL\"""");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> products;
    private final String manufacturerToken;
    private final IntFunction<URI> reportUrl;
    private final AtomicInteger posts = new AtomicInteger();
    private final Map<String, Integer> nextStatus = new HashMap<>();
    private final Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger notAcknowledged = new AtomicInteger();
    private final Set<Integer> refusals = Collections.synchronizedSet(new HashSet<>());

    /**
     * @param reportUrl where the n-th post goes (the base URL of a manufacturer-report instance), so a burst can
     *     spread over several instances
     */
    StatusBurst(List<String> products, String manufacturerToken, IntFunction<URI> reportUrl) {
        this.products = List.copyOf(products);
        this.manufacturerToken = manufacturerToken;
        this.reportUrl = reportUrl;
    }

    /**
     * {@code postsPerProduct} changes to every product, one every {@code pause} per product; the fault begins
     * {@code faultAfter} into the burst and the burst ends when both the posts and the fault are done. Requests that
     * fail (refused, timed out) are simply not acknowledged.
     */
    void run(int postsPerProduct, Duration pause, Duration faultAfter, Fault fault) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(products.size() + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String yj : products) {
                running.add(workers.submit(() -> {
                    for (int i = 0; i < postsPerProduct; i++) {
                        report(yj, Duration.ofSeconds(5));
                        Thread.sleep(pause.toMillis());
                    }
                    return null;
                }));
            }
            Thread.sleep(faultAfter.toMillis());
            workers.submit(() -> {
                fault.run();
                return null;
            }).get();
            for (Future<?> post : running) {
                post.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Posts the product's next status; returns the HTTP status, 0 when there was no answer in time. */
    int report(String yj, Duration timeout) throws InterruptedException {
        int index;
        synchronized (nextStatus) {
            index = nextStatus.getOrDefault(yj, 0);
        }
        String body = "{\"yjCode\":\"" + yj + "\"," + CYCLE.get(index % CYCLE.size())
                + ",\"effectiveDate\":\"2026-12-01\"}";
        HttpRequest request = HttpRequest.newBuilder(reportUrl.apply(posts.getAndIncrement())
                        .resolve("/api/v1/status-changes"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + manufacturerToken)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                acknowledged.add(yj + "#" + JsonPath.from(response.body()).getLong("revision"));
                synchronized (nextStatus) {
                    nextStatus.put(yj, index + 1);
                }
            } else {
                notAcknowledged.incrementAndGet();
                refusals.add(response.statusCode());
            }
            return response.statusCode();
        } catch (IOException noAnswer) {
            notAcknowledged.incrementAndGet();
            refusals.add(0);
            return 0;
        }
    }

    /** Every change answered 201 so far: "yj#revision". */
    Set<String> acknowledged() {
        synchronized (acknowledged) {
            return Set.copyOf(acknowledged);
        }
    }

    int notAcknowledged() {
        return notAcknowledged.get();
    }

    /** The HTTP status of every post not answered 201 (0: no answer in time). */
    Set<Integer> refusals() {
        synchronized (refusals) {
            return Set.copyOf(refusals);
        }
    }
}
