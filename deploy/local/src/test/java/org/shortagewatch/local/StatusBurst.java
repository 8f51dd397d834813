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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.restassured.path.json.JsonPath;

/**
 * A manufacturer's burst of status changes, the load under which the fault and scale tests break things: every
 * product in its own thread, each post the product's next status in a cycle (so consecutive changes differ), and a
 * record of what was acknowledged ({@code yj#revision} for every 201) and what was not (and with which status), and
 * of every answer with when its attempt began and how long it took.
 *
 * <p>It is the client the API asks for: each post carries an {@code Idempotency-Key} of its own, and one answered
 * 503 (or 409, its first attempt still being processed) or not at all in time is tried again with the same key, after
 * the {@code Retry-After} it was given (at most 5 s), for up to a minute. So a post whose first attempt was stored
 * though its answer was lost or a 503 gets that change back (a replay) instead of leaving a change it believes
 * refused.
 */
final class StatusBurst {

    /**
     * One attempt's answer: its HTTP status (0: none in time), when it was sent ({@link System#nanoTime()}), how long
     * it took, how long it asked the client to wait ({@code Retry-After}, 1 s when it did not say) and whether it said,
     * and whether it replayed an earlier attempt.
     */
    record Answer(int status, long sentAt, long tookMillis, long retryAfterMillis, boolean saidRetryAfter,
            boolean replayed) {
    }

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
    private static final Duration RETRY_FOR = Duration.ofMinutes(1);

    private final List<String> products;
    private final String manufacturerToken;
    private final IntFunction<URI> reportUrl;
    private final AtomicInteger posts = new AtomicInteger();
    private final Map<String, Integer> nextStatus = new HashMap<>();
    private final Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger notAcknowledged = new AtomicInteger();
    private final Set<Integer> refusals = Collections.synchronizedSet(new HashSet<>());
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger storedThough503 = new AtomicInteger();

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

    /**
     * Posts the product's next status, trying again with the same key while the answer says to (or there is none);
     * returns the last attempt's HTTP status, 0 when it had no answer in time.
     */
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
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long giveUp = System.nanoTime() + RETRY_FOR.toNanos();
        Set<Integer> before = new HashSet<>();
        Tried tried = attempt(request);
        while (Set.of(0, 409, 503).contains(tried.answer().status()) && System.nanoTime() < giveUp) {
            before.add(tried.answer().status());
            Thread.sleep(tried.answer().retryAfterMillis());
            tried = attempt(request);
        }
        int status = tried.answer().status();
        if (!before.isEmpty()) {
            retried.incrementAndGet();
        }
        if (status == 201) {
            acknowledged.add(yj + "#" + JsonPath.from(tried.response().body()).getLong("revision"));
            synchronized (nextStatus) {
                nextStatus.put(yj, index + 1);
            }
            if (before.equals(Set.of(503)) && tried.answer().replayed()) {
                storedThough503.incrementAndGet(); // only a 503 came before, yet the change was already stored
            }
        } else {
            notAcknowledged.incrementAndGet();
            refusals.add(status);
            if (status == 0) {
                unanswered.incrementAndGet();
            }
        }
        return status;
    }

    /** One attempt: its answer (recorded) and the response, {@code null} when there was none in time. */
    private record Tried(Answer answer, HttpResponse<String> response) {
    }

    private Tried attempt(HttpRequest request) throws InterruptedException {
        long sent = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException noAnswer) {
            response = null;
        }
        Optional<Long> saidRetryAfter = response == null ? Optional.empty()
                : response.headers().firstValue("Retry-After").map(Long::parseLong);
        Answer answer = new Answer(response == null ? 0 : response.statusCode(), sent,
                (System.nanoTime() - sent) / 1_000_000, Math.min(5, saidRetryAfter.orElse(1L)) * 1000,
                saidRetryAfter.isPresent(),
                response != null && response.headers().firstValue("Idempotent-Replayed").isPresent());
        answers.add(answer);
        return new Tried(answer, response);
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

    /** Every post's answer, in the order the answers came. */
    List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** How many posts got no answer in time, the last attempt too: the change they asked for may have been stored. */
    long unanswered() {
        return unanswered.get();
    }

    /** How many posts were tried more than once. */
    int retried() {
        return retried.get();
    }

    /**
     * How many posts were answered 503 at first and then, tried again with their key, got their change back: the
     * attempt answered 503 had stored it (the database connection was cut as its commit went through).
     */
    int storedThough503() {
        return storedThough503.get();
    }

    /** The HTTP status of every post not answered 201 (0: no answer in time). */
    Set<Integer> refusals() {
        synchronized (refusals) {
            return Set.copyOf(refusals);
        }
    }
}
