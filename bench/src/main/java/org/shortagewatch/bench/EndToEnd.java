package org.shortagewatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.HdrHistogram.Histogram;
import org.shortagewatch.events.FacilityCodes;

/**
 * Scenario (d): end-to-end latency from a status post to each subscriber's receipt, at a steady arrival rate with many
 * subscriptions.
 *
 * <p>Products of its own series are registered, then {@code --subscriptions} subscriptions (distinct pharmacies,
 * spread evenly over {@code --products} products) whose webhooks point at a sink in this JVM. Posts then go out on a
 * fixed schedule (open model): post i is due at start + i / rate and is sent then whether or not earlier ones have
 * been answered, and every latency is measured from that intended time, so a stall is charged to every post it
 * delays (no coordinated omission). The first {@code --warmup-seconds} are not recorded.
 *
 * <p>Receipts are matched to posts by (YJ code, revision). Channels: {@code webhook} always; {@code sse} unless
 * {@code --sse false}: one more facility ({@link #SSE_FACILITY}) follows every product on the SSE channel alone, and
 * this reads its stream ({@code GET /api/v1/streams/{facility}}), so each post has one SSE receipt (each
 * {@code data:} line whose JSON has {@code yjCode} and {@code revision}, at the top, under {@code data} or under
 * {@code payload}, is a receipt).
 */
public final class EndToEnd {

    record Post(long intendedNanos, boolean measured, int subscribers) {
    }

    record Receipt(String key, long nanos, String channel, String deliveryId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The facility whose server-sent-event stream the run reads: a Tokyo pharmacy no other subscription uses. */
    static final String SSE_FACILITY = FacilityCodes.withCheckDigit("134999999");

    private EndToEnd() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Reporting reporting = Reporting.from(args);
        String notificationUrl = args.require("notification-url");
        int productCount = args.getInt("products", 1000);
        int subscriptionCount = args.getInt("subscriptions", 10_000);
        double rate = args.getDouble("rate", 100);
        double warmup = args.getDouble("warmup-seconds", 10);
        double duration = args.getDouble("duration-seconds", 60);
        int series = args.getInt("series", 3);
        boolean sse = Boolean.parseBoolean(args.get("sse", "true"));
        Http http = new Http();
        Figures figures = Figures.fromEnvironment();

        List<String> products = Products.yjCodes(series, productCount);
        Products.register(http, reporting.reportUrl(), reporting.adminToken(), products, reporting.manufacturer(), 16);

        ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
        Receivers.Sink sink = new Receivers.Sink(8, webhook -> {
            try {
                receipts.add(new Receipt(key(JSON.readTree(webhook.body())), webhook.nanos(), "webhook", webhook.id()));
            } catch (IOException | RuntimeException e) {
                System.err.println("sink: unreadable webhook: " + e);
            }
        });
        String hook = sink.url("e2e");

        int[] subscribers = new int[productCount];
        List<HttpRequest> subscribe = new ArrayList<>(subscriptionCount);
        for (int s = 0; s < subscriptionCount; s++) {
            int p = s % productCount;
            subscribers[p]++;
            // a pharmacy per subscription, with a valid check digit (notification checks it)
            String facility = FacilityCodes.withCheckDigit(String.format("%02d4%06d", 1 + s % 47, s % 1_000_000));
            subscribe.add(http.json(URI.create(notificationUrl + "/api/v1/subscriptions"), reporting.adminToken())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"facilityCode\":\"" + facility + "\",\"yjCode\":\""
                            + products.get(p) + "\",\"webhookUrl\":\"" + hook + "\"}")).build());
        }
        for (int p = 0; sse && p < productCount; p++) {
            subscribe.add(http.json(URI.create(notificationUrl + "/api/v1/subscriptions"), reporting.adminToken())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"facilityCode\":\"" + SSE_FACILITY
                            + "\",\"yjCode\":\"" + products.get(p) + "\",\"channels\":[\"SSE\"]}")).build());
        }
        long setup = System.nanoTime();
        http.sendAll(subscribe, 16, "subscribe");
        System.out.printf("%d subscriptions on %d products in %.1f s (setup)%n", subscriptionCount, productCount,
                (System.nanoTime() - setup) / 1e9);

        if (sse) {
            Receivers.followSse(http, notificationUrl + "/api/v1/streams/" + SSE_FACILITY, reporting.adminToken(),
                    message -> {
                        try {
                            receipts.add(new Receipt(key(JSON.readTree(message.data())), message.nanos(), "sse", message.id()));
                        } catch (IOException | RuntimeException notAChange) {
                            // heartbeats and other events
                        }
                    });
        }
        KafkaStage kafkaStage = new KafkaStage(args.require("kafka-bootstrap"), receipts);

        Map<String, Post> posts = new ConcurrentHashMap<>();
        Histogram postLatency = new Histogram(TimeUnit.MINUTES.toNanos(5), 3);
        AtomicLong failed = new AtomicLong();
        long total = Math.round((warmup + duration) * rate);
        long warmupPosts = Math.round(warmup * rate);
        long period = Math.round(1e9 / rate);
        String today = LocalDate.now().toString();
        System.out.printf("posting %d changes at %.0f/s (%d warm-up) ...%n", total, rate, warmupPosts);
        long start = System.nanoTime() + 100_000_000L;
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int p = (int) (i % productCount);
            boolean measured = i >= warmupPosts;
            String body = i / productCount % 2 == 0
                    ? "{\"yjCode\":\"" + products.get(p) + "\",\"shipmentResponse\":\"LIMITED_OWN_REASONS\","
                            + "\"reason\":\"MANUFACTURING_TROUBLE\",\"effectiveDate\":\"" + today + "\"}"
                    : "{\"yjCode\":\"" + products.get(p) + "\",\"shipmentResponse\":\"NORMAL\",\"effectiveDate\":\""
                            + today + "\"}";
            int subs = subscribers[p];
            http.client.sendAsync(http.json(URI.create(reporting.reportUrl() + "/api/v1/status-changes"), reporting.manufacturerToken())
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long now = System.nanoTime();
                        if (error != null || response.statusCode() != 201) {
                            if (failed.incrementAndGet() <= 5) {
                                System.err.println("post failed: " + (error != null ? error : response.statusCode() + " " + response.body()));
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
                            synchronized (postLatency) {
                                postLatency.recordValue(Math.max(0, now - intended));
                            }
                        }
                    });
        }
        long sendEnd = System.nanoTime();
        double lateBy = (sendEnd - (start + (total - 1) * period)) / 1e6;

        // wait for the stragglers as long as they keep coming: until every receipt is in, or nothing new (no event on
        // Kafka, no webhook) has arrived for --drain-seconds, or --max-drain-seconds have passed
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
        System.out.printf("waited %.0f s after the last post for receipts%n", (System.nanoTime() - sendEnd) / 1e9);
        sink.close();
        kafkaStage.close();

        Map<String, Histogram> perReceipt = new ConcurrentHashMap<>();
        Map<String, Histogram> perChange = new ConcurrentHashMap<>();
        Map<String, Long> lastReceipt = new ConcurrentHashMap<>();
        Set<String> deliveryIds = ConcurrentHashMap.newKeySet();
        long duplicates = 0;
        long unmatched = 0;
        long measuredReceipts = 0;
        for (Receipt r : receipts) {
            Post post = posts.get(r.key());
            if (post == null) {
                unmatched++;
                continue;
            }
            if (r.deliveryId() != null && !deliveryIds.add(r.channel() + r.deliveryId())) {
                duplicates++;
                continue;
            }
            if (!post.measured()) {
                continue;
            }
            if (!r.channel().equals(KafkaStage.CHANNEL)) {
                measuredReceipts++;
            }
            perReceipt.computeIfAbsent(r.channel(), c -> new Histogram(TimeUnit.MINUTES.toNanos(5), 3))
                    .recordValue(Math.max(0, r.nanos() - post.intendedNanos()));
            lastReceipt.merge(r.channel() + " " + r.key(), r.nanos(), Math::max);
        }
        lastReceipt.forEach((channelKey, nanos) -> {
            String channel = channelKey.substring(0, channelKey.indexOf(' '));
            Post post = posts.get(channelKey.substring(channelKey.indexOf(' ') + 1));
            perChange.computeIfAbsent(channel, c -> new Histogram(TimeUnit.MINUTES.toNanos(5), 3))
                    .recordValue(Math.max(0, nanos - post.intendedNanos()));
        });
        long measuredExpected = posts.values().stream().filter(Post::measured)
                .mapToLong(p -> p.subscribers() + (sse ? 1 : 0)).sum();

        System.out.printf("sender was %.1f ms behind schedule at the last post; %d posts failed%n", lateBy, failed.get());
        figures.add("e2e.rate", "E2E: status posts per second", rate, "/s", "", "", subscriptionCount
                + " subscriptions on " + productCount + " products, " + duration + " s measured after " + warmup + " s warm-up");
        if (postLatency.getTotalCount() > 0) {
            figures.add("e2e.post.p99", "E2E: status post answered, p99", ms(postLatency.getValueAtPercentile(99)), "ms", "", "", "");
        }
        figures.add("e2e.posts.ok", "E2E: measured posts answered 201", postLatency.getTotalCount(), "posts",
                ">=" + (total - warmupPosts), "", "of " + (total - warmupPosts) + " measured");
        figures.add("e2e.failed", "E2E: posts failed (warm-up included)", failed.get(), "posts", "<=0", "", "");
        Histogram onKafka = perReceipt.get(KafkaStage.CHANNEL);
        if (onKafka != null) {
            figures.add("e2e.kafka.p50", "E2E stage: post to event on Kafka, p50", ms(onKafka.getValueAtPercentile(50)), "ms", "", "", "");
            figures.add("e2e.kafka.p99", "E2E stage: post to event on Kafka, p99", ms(onKafka.getValueAtPercentile(99)), "ms", "", "", "");
        }
        for (String channel : List.of("webhook", "sse")) {
            Histogram h = perReceipt.get(channel);
            if (h == null) {
                if (channel.equals("sse")) {
                    System.out.println("  SSE: not measured (--sse false, or no SSE receipt arrived)");
                }
                continue;
            }
            String c = "E2E " + channel + ": ";
            figures.add("e2e." + channel + ".p50", c + "post to receipt, p50", ms(h.getValueAtPercentile(50)), "ms", "", "kafka.e2e.p50", "");
            figures.add("e2e." + channel + ".p99", c + "post to receipt, p99", ms(h.getValueAtPercentile(99)), "ms", "<250", "kafka.e2e.p99", "");
            figures.add("e2e." + channel + ".p999", c + "post to receipt, p99.9", ms(h.getValueAtPercentile(99.9)), "ms", "", "kafka.e2e.p999", "");
            figures.add("e2e." + channel + ".max", c + "post to receipt, max", ms(h.getMaxValue()), "ms", "", "", "");
            figures.add("e2e." + channel + ".last.p99", c + "post to last subscriber's receipt, p99",
                    ms(perChange.get(channel).getValueAtPercentile(99)), "ms", "", "", "");
        }
        figures.add("e2e.receipts", "E2E: receipts of measured posts", measuredReceipts, "receipts", ">=" + measuredExpected, "", "expected " + measuredExpected);
        figures.add("e2e.duplicates", "E2E: duplicate deliveries (same webhook-id)", duplicates, "receipts", "<=0", "", "");
        if (unmatched > 0) {
            System.out.println("  " + unmatched + " receipts matched no post");
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

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * The first stage of the way: when each status change's event is readable on the supply-status topic, read by a
     * consumer of its own from the end of the topic, so the report splits the latency into "to Kafka" and "after".
     */
    static final class KafkaStage implements AutoCloseable {

        static final String CHANNEL = "kafka";
        private final Thread thread;
        private volatile boolean running = true;

        KafkaStage(String bootstrapServers, ConcurrentLinkedQueue<Receipt> receipts) {
            java.util.Properties props = new java.util.Properties();
            props.put("bootstrap.servers", bootstrapServers);
            props.put("group.id", "bench-e2e-" + java.util.UUID.randomUUID());
            props.put("auto.offset.reset", "latest");
            props.put("enable.auto.commit", "false");
            props.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
            props.put("value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
            org.apache.kafka.clients.consumer.KafkaConsumer<String, String> consumer =
                    new org.apache.kafka.clients.consumer.KafkaConsumer<>(props);
            consumer.subscribe(List.of(Bulk.TOPIC));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(java.time.Duration.ofMillis(100)); // joined, positioned at the end
            }
            thread = new Thread(() -> {
                try (consumer) {
                    while (running) {
                        for (var record : consumer.poll(java.time.Duration.ofMillis(100))) {
                            long now = System.nanoTime();
                            try {
                                receipts.add(new Receipt(key(JSON.readTree(record.value())), now, CHANNEL, null));
                            } catch (IOException | RuntimeException notAChange) {
                                // not an event of ours
                            }
                        }
                    }
                }
            }, "kafka-stage");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5000);
        }
    }
}
