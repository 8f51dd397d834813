package org.shortagewatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The measured part of scenario refresh: every maker uploads its part of the changed list at once, and from that
 * moment the run follows each stage, polling every 100 ms: the uploads answered, the jobs finished, every change's
 * event on Kafka, the inbox and SSE rows visible in the ledger ({@link FeedLedger}); the follower's server-sent events
 * and the webhooks are stamped as they arrive ({@link Arrivals}). It stops when everything expected is in, or when
 * nothing has moved for {@code drainSeconds}.
 */
final class RefreshMeasure {

    /** One channel's arrivals at the load generator: the time of the first of each id; ids that came again. */
    static final class Arrivals {

        private final Set<String> ids = ConcurrentHashMap.newKeySet();
        private final ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong twice = new AtomicLong();

        void add(String id, long nanos) {
            if (id != null && !ids.add(id)) {
                twice.incrementAndGet();
                return;
            }
            times.add(nanos);
            count.incrementAndGet();
        }

        long count() {
            return count.get();
        }

        long twice() {
            return twice.get();
        }

        /** Seconds from {@code t0} to the n-th arrival (from 1), or NaN when fewer came. */
        double secondsTo(long n, long t0) {
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            return n < 1 || n > sorted.length ? Double.NaN : (sorted[(int) n - 1] - t0) / 1e9;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How often a maker sends its upload before the run gives up on it. */
    private static final int ATTEMPTS = 8;

    private final Http http;
    private final TopicRecords statuses;
    private final FeedLedger ledger;
    private final LongSupplier followerPosition;
    private final AtomicLong lastAccepted = new AtomicLong();
    final AtomicLong refused = new AtomicLong();

    long t0;
    double answered = Double.NaN;
    volatile double jobsDone = Double.NaN;
    double onKafka = Double.NaN;
    double ledgerHalf = Double.NaN;
    double ledgerAll = Double.NaN;
    long recorded;
    long unchanged;
    long events;
    long visible;

    RefreshMeasure(Http http, TopicRecords statuses, FeedLedger ledger, LongSupplier followerPosition) {
        this.http = http;
        this.statuses = statuses;
        this.ledger = ledger;
        this.followerPosition = followerPosition;
    }

    /**
     * Uploads every maker's changed list at once and follows the refresh until the changes' events, the ledger's
     * {@code positions} (inbox and SSE rows), the follower's {@code sse} messages and the {@code webhooks} are in,
     * or nothing has moved for {@code drainSeconds} once every upload is answered.
     */
    void run(List<Reporting> makers, List<Path> files, int changes, long positions, Arrivals sse, long sseExpected,
            Arrivals webhooks, long webhooksExpected, double drainSeconds) throws Exception {
        long topicBefore = statuses.count();
        long feedBefore = ledger.drawn();
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        t0 = System.nanoTime();
        for (int m = 0; m < makers.size(); m++) {
            uploads.add(upload(makers.get(m), files.get(m), 1));
        }
        List<URI> jobs = null;
        Thread poller = null;
        long lastProgress = System.nanoTime();
        long progress = -1;
        for (long tick = 0; ; tick++) {
            long now = System.nanoTime();
            if (jobs == null && uploads.stream().allMatch(CompletableFuture::isDone)) {
                jobs = new ArrayList<>();
                for (int m = 0; m < makers.size(); m++) {
                    jobs.add(Bulk.job(makers.get(m), Bulk.STATUS_UPLOAD, uploads.get(m).join()));
                }
                answered = seconds(lastAccepted.get());
                poller = pollJobs(makers, jobs);
            }
            events = statuses.count() - topicBefore;
            if (Double.isNaN(onKafka) && events >= changes) {
                onKafka = seconds(now);
            }
            long drawn = ledger.drawn() - feedBefore;
            if (!ledger.writing()) {
                visible = Math.max(visible, drawn);
            }
            visible = Math.max(visible, followerPosition.getAsLong() - feedBefore);
            if (Double.isNaN(ledgerHalf) && visible >= (positions + 1) / 2) {
                ledgerHalf = seconds(now);
            }
            if (Double.isNaN(ledgerAll) && visible >= positions) {
                ledgerAll = seconds(now);
            }
            if (!Double.isNaN(jobsDone) && !Double.isNaN(onKafka) && !Double.isNaN(ledgerAll)
                    && sse.count() >= sseExpected && webhooks.count() >= webhooksExpected) {
                break;
            }
            long moved = events + drawn + visible + sse.count() + webhooks.count() + refused.get() + lastAccepted.get();
            if (moved != progress) {
                progress = moved;
                lastProgress = now;
            } else if (jobs != null && now - lastProgress > drainSeconds * 1e9) {
                System.out.printf("nothing moved for %.0f s: stopped waiting%n", drainSeconds);
                break;
            }
            if (tick % 50 == 0) {
                System.out.printf("  %5.1f s: %d of %d events on Kafka; ledger %d of %d rows visible (%d written);"
                        + " SSE %d of %d; webhooks %d of %d%n", seconds(now), events, changes, visible, positions,
                        drawn, sse.count(), sseExpected, webhooks.count(), webhooksExpected);
            }
            Thread.sleep(100);
        }
        if (poller != null) {
            poller.interrupt();
            poller.join();
        }
    }

    /**
     * A maker's upload; one that is refused (the service answers 500 or 503, "nothing changed") is sent again, as the
     * maker would, after a pause that doubles with each attempt (0.5 to 1 s, then 1 to 2 s, ...: spread at random, so
     * the refused do not all come back at once), at most {@link #ATTEMPTS} times in all.
     */
    private CompletableFuture<HttpResponse<String>> upload(Reporting maker, Path file, int attempt) {
        HttpRequest request;
        try {
            request = Bulk.uploadRequest(maker, Bulk.STATUS_UPLOAD, file, "all-or-nothing");
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((answer, error) -> {
            if (error == null && answer.statusCode() == 202) {
                lastAccepted.accumulateAndGet(System.nanoTime(), Math::max);
                return CompletableFuture.completedFuture(answer);
            }
            if (refused.incrementAndGet() <= 3) {
                System.out.printf("  %5.1f s: the upload of %s was refused: %s%n", seconds(System.nanoTime()),
                        maker.manufacturer(), error != null ? error : answer.statusCode() + " " + answer.body());
            }
            if (attempt >= ATTEMPTS) {
                return error != null ? CompletableFuture.<HttpResponse<String>>failedFuture(error)
                        : CompletableFuture.completedFuture(answer);
            }
            long pause = (500L << (attempt - 1)) + ThreadLocalRandom.current().nextLong(500L << (attempt - 1));
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS))
                    .thenCompose(again -> upload(maker, file, attempt + 1));
        }).thenCompose(answer -> answer);
    }

    /**
     * Asks for each job not yet finished, every second, on a thread of its own (an answer that takes long must not
     * hold back the 100 ms polls); when all have, adds up what they recorded and notes the time.
     */
    private Thread pollJobs(List<Reporting> makers, List<URI> jobs) {
        Thread poller = new Thread(() -> {
            JsonNode[] finished = new JsonNode[jobs.size()];
            try {
                for (int open = jobs.size(); open > 0; Thread.sleep(1000)) {
                    for (int m = 0; m < jobs.size(); m++) {
                        if (finished[m] == null) {
                            JsonNode state = JSON.readTree(http.send(http.json(jobs.get(m),
                                    makers.get(m).manufacturerToken()).GET().build()).body());
                            String s = state.path("state").asText();
                            if (!s.equals("QUEUED") && !s.equals("RUNNING")) {
                                finished[m] = state;
                                open--;
                                if (!s.equals("SUCCEEDED")) {
                                    System.out.println("job of " + makers.get(m).manufacturer() + ": " + state);
                                }
                            }
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.err.println("asking for the jobs failed: " + e);
                return;
            }
            for (JsonNode state : finished) {
                recorded += state.path("acceptedRows").asLong() - state.path("unchangedRows").asLong();
                unchanged += state.path("unchangedRows").asLong();
            }
            jobsDone = seconds(System.nanoTime());
        }, "job-poller");
        poller.setDaemon(true);
        poller.start();
        return poller;
    }

    double seconds(long nanos) {
        return (nanos - t0) / 1e9;
    }
}
