package org.shortagewatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.HdrHistogram.Histogram;
import org.shortagewatch.events.FacilityCodes;

/**
 * What the end-to-end scenarios post to and hear from, and their load generator.
 *
 * <p>{@link #setUp} registers products of a series of its own, then subscriptions (distinct pharmacies, spread evenly
 * over the products) whose webhooks point at a sink in this JVM; with SSE, one more facility (a Tokyo pharmacy of the
 * series' own, which no other subscription uses) follows every product on the SSE channel alone, and this reads its
 * stream ({@code GET /api/v1/streams/{facility}}), so each post has one SSE receipt (each {@code data:} line whose
 * JSON has {@code yjCode} and {@code revision}, at the top, under {@code data} or under {@code payload}, is a
 * receipt). A consumer of the supply-status topic
 * ({@link KafkaStage}) notes when each event is readable there. Webhooks of other alerts, such as the demand-shift
 * warnings to the followers of a changed product's alternatives (the products of a series are brands of one strength
 * in groups of ten, each warned of at most once a day), are counted; with {@code --demand-shift-alerts false} the
 * subscriptions opt out of those.
 *
 * <p>{@link #step} posts on a fixed schedule (open model): post i is due at start + i / rate and is sent then whether
 * or not earlier ones have been answered, and every latency is measured from that intended time, so a stall is
 * charged to every post it delays (no coordinated omission). Each product's posts alternate between two statuses,
 * across steps. Receipts are matched to posts by (YJ code, revision).
 */
final class EndToEndRig implements AutoCloseable {

    record Post(long intendedNanos, boolean measured, int subscribers) {
    }

    record Receipt(String key, long nanos, String channel, String deliveryId) {
    }

    /**
     * Told on the sending thread when a step's measured posts begin (at the first one's intended time) and end (one
     * period after the last one's).
     */
    interface Phase {
        Phase NONE = new Phase() {
        };

        default void begins() {
        }

        default void ends() {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Args args;
    private final Reporting reporting;
    private final Http http;
    private final List<String> products;
    private final int[] subscribers;
    private final boolean sse;
    private final String sseFacility;
    private final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    private final AtomicLong otherWebhooks = new AtomicLong();
    private volatile long lastArrival = System.nanoTime(); // of any webhook or server-sent event
    private final Receivers.Sink sink;
    private KafkaStage kafkaStage;
    private long sequence; // posts of every step so far

    private EndToEndRig(Args args, Reporting reporting, Http http, int series, List<String> products, boolean sse)
            throws IOException {
        this.args = args;
        this.reporting = reporting;
        this.http = http;
        this.products = products;
        this.subscribers = new int[products.size()];
        this.sse = sse;
        this.sseFacility = FacilityCodes.withCheckDigit("13499999" + series);
        this.sink = new Receivers.Sink(8, webhook -> {
            lastArrival = webhook.nanos();
            try {
                receipts.add(new Receipt(key(JSON.readTree(webhook.body())), webhook.nanos(), "webhook", webhook.id()));
            } catch (IllegalArgumentException notAChange) {
                otherWebhooks.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                System.err.println("sink: unreadable webhook: " + e);
            }
        });
    }

    /**
     * Products {@code --products} of {@code --series} with {@code --subscriptions} webhook subscriptions, and the SSE
     * follower unless {@code --sse false}; the receivers listening.
     */
    static EndToEndRig setUp(Args args, Reporting reporting, Http http) throws Exception {
        String notificationUrl = args.require("notification-url");
        int productCount = args.getInt("products", 1000);
        int subscriptionCount = args.getInt("subscriptions", 10_000);
        int series = args.getInt("series", 3);
        List<String> products = Products.yjCodes(series, productCount);
        Products.register(http, reporting.reportUrl(), reporting.adminToken(), products, reporting.manufacturer(), 16);
        EndToEndRig rig = new EndToEndRig(args, reporting, http, series, products,
                Boolean.parseBoolean(args.get("sse", "true")));

        String hook = rig.sink.url("e2e");
        boolean demandShift = Boolean.parseBoolean(args.get("demand-shift-alerts", "true"));
        String optOut = demandShift ? "" : ",\"demandShiftAlerts\":false";
        URI subscriptions = URI.create(notificationUrl + "/api/v1/subscriptions");
        List<HttpRequest> subscribe = new ArrayList<>(subscriptionCount);
        for (int s = 0; s < subscriptionCount; s++) {
            int p = s % productCount;
            rig.subscribers[p]++;
            // a pharmacy per subscription, with a valid check digit (notification checks it), serials from 500,000:
            // none of the fan-out's facilities (serials below 4,000), whose notice would otherwise go to this sink
            String facility = FacilityCodes.withCheckDigit(String.format("%02d4%06d", 1 + s % 47,
                    500_000 + s % 500_000));
            subscribe.add(http.json(subscriptions, reporting.adminToken()).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"facilityCode\":\"" + facility + "\",\"yjCode\":\"" + products.get(p) + "\",\"webhookUrl\":\""
                            + hook + "\"" + optOut + "}")).build());
        }
        for (int p = 0; rig.sse && p < productCount; p++) {
            subscribe.add(http.json(subscriptions, reporting.adminToken()).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"facilityCode\":\"" + rig.sseFacility + "\",\"yjCode\":\"" + products.get(p)
                            + "\",\"channels\":[\"SSE\"]" + optOut + "}")).build());
        }
        long setup = System.nanoTime();
        http.sendAll(subscribe, 16, "subscribe", Http.SUBSCRIBED);
        System.out.printf("%d subscriptions on %d products in %.1f s (setup)%n", subscriptionCount, productCount,
                (System.nanoTime() - setup) / 1e9);

        if (rig.sse) {
            Receivers.followSse(http, notificationUrl + "/api/v1/streams/" + rig.sseFacility, reporting.adminToken(),
                    message -> {
                        rig.lastArrival = message.nanos();
                        try {
                            rig.receipts.add(new Receipt(key(JSON.readTree(message.data())), message.nanos(), "sse",
                                    message.id()));
                        } catch (IOException | RuntimeException notAChange) {
                            // heartbeats and other events
                        }
                    });
        }
        rig.kafkaStage = new KafkaStage(args.require("kafka-bootstrap"), rig.receipts);
        return rig;
    }

    /**
     * Posts at {@code rate} for {@code warmup} seconds (not measured), then {@code duration} seconds, and waits for the
     * stragglers as long as they keep coming: until every receipt is in, or nothing new (no event on Kafka, no webhook)
     * has arrived for {@code --drain-seconds}, or {@code --max-drain-seconds} have passed; then, with
     * {@code --settle-seconds}, until no webhook or server-sent event of any alert has arrived for that long, so the
     * next step or scenario starts on a system that has delivered what this one caused.
     */
    EndToEndStep step(double rate, double warmup, double duration, Phase phase) throws InterruptedException {
        receipts.clear(); // a step's receipts are its own (the last one's stragglers would match none of its posts)
        otherWebhooks.set(0);
        Map<String, Post> posts = new ConcurrentHashMap<>();
        Histogram answered = EndToEndStep.histogram();
        AtomicLong failed = new AtomicLong();
        long total = Math.round((warmup + duration) * rate);
        long warmupPosts = Math.round(warmup * rate);
        long period = Math.round(1e9 / rate);
        String today = LocalDate.now().toString();
        URI statusChanges = URI.create(reporting.reportUrl() + "/api/v1/status-changes");
        System.out.printf("posting %d changes at %s/s (%d warm-up) ...%n", total, Figures.format(rate), warmupPosts);
        long start = System.nanoTime() + 100_000_000L;
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            waitUntil(intended);
            if (i == warmupPosts) {
                phase.begins();
            }
            long n = sequence++;
            int p = (int) (n % products.size());
            boolean measured = i >= warmupPosts;
            String body = n / products.size() % 2 == 0
                    ? "{\"yjCode\":\"" + products.get(p) + "\",\"shipmentResponse\":\"LIMITED_OWN_REASONS\","
                            + "\"reason\":\"MANUFACTURING_TROUBLE\",\"effectiveDate\":\"" + today + "\"}"
                    : "{\"yjCode\":\"" + products.get(p) + "\",\"shipmentResponse\":\"NORMAL\",\"effectiveDate\":\""
                            + today + "\"}";
            int subs = subscribers[p];
            HttpRequest request = http.json(statusChanges, reporting.manufacturerToken())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            http.client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long now = System.nanoTime();
                        if (error != null || response.statusCode() != 201) {
                            if (failed.incrementAndGet() <= 5) {
                                System.err.println("post failed: "
                                        + (error != null ? error : response.statusCode() + " " + response.body()));
                            }
                            return;
                        }
                        try {
                            posts.put(key(JSON.readTree(response.body())), new Post(intended, measured, subs));
                        } catch (IOException e) {
                            failed.incrementAndGet();
                            return;
                        }
                        if (measured) {
                            synchronized (answered) {
                                answered.recordValue(Math.max(0, now - intended));
                            }
                        }
                    });
        }
        long sendEnd = System.nanoTime();
        double lateBy = (sendEnd - (start + (total - 1) * period)) / 1e6;
        waitUntil(start + total * period);
        phase.ends();

        long quietLimit = (long) (args.getDouble("drain-seconds", 60) * 1e9);
        long hardDeadline = System.nanoTime() + (long) (args.getDouble("max-drain-seconds", 900) * 1e9);
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        while (System.nanoTime() < hardDeadline && System.nanoTime() - lastProgress < quietLimit) {
            long expected = posts.values().stream().mapToLong(Post::subscribers).sum() + (sse ? posts.size() : 0);
            long delivered = receipts.stream().filter(r -> !r.channel().equals(KafkaStage.CHANNEL)).count();
            if (posts.size() + failed.get() >= total && delivered >= expected) {
                break;
            }
            long count = receipts.size() + posts.size() + failed.get();
            if (count != lastCount) {
                lastCount = count;
                lastProgress = System.nanoTime();
            }
            Thread.sleep(200);
        }
        long settle = (long) (args.getDouble("settle-seconds", 0) * 1e9);
        while (System.nanoTime() < hardDeadline && System.nanoTime() - lastArrival < settle) {
            Thread.sleep(200);
        }
        System.out.printf("waited %.0f s after the last post for receipts%n", (System.nanoTime() - sendEnd) / 1e9);
        System.out.printf("sender was %.1f ms behind schedule at the last post; %d posts failed%n", lateBy,
                failed.get());
        return new EndToEndStep(rate, total - warmupPosts, answered, failed.get(), posts, List.copyOf(receipts),
                otherWebhooks.get(), sse);
    }

    int subscriptions() {
        return java.util.Arrays.stream(subscribers).sum();
    }

    int products() {
        return products.size();
    }

    @Override
    public void close() throws InterruptedException {
        sink.close();
        kafkaStage.close();
    }

    private static void waitUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /**
     * "yj#revision" of a status change, from the stored change or from a webhook or SSE payload (top level, under
     * data, under payload or under payload.data).
     */
    static String key(JsonNode node) {
        JsonNode data = node;
        for (JsonNode candidate : List.of(node, node.path("data"), node.path("payload"),
                node.path("payload").path("data"))) {
            if (candidate.has("yjCode")) {
                data = candidate;
                break;
            }
        }
        if (!data.has("yjCode") || !data.has("revision")) {
            throw new IllegalArgumentException("no yjCode and revision in " + node);
        }
        return data.path("yjCode").asText() + "#" + data.path("revision").asLong();
    }

    static String key(String json) throws IOException {
        return key(JSON.readTree(json));
    }
}
