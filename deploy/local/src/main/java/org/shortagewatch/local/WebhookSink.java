package org.shortagewatch.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the local run and for tests.
 *
 * <ul>
 *   <li>{@code POST /hooks/{name}} keeps the delivery (the last 100 per name) and answers 204;</li>
 *   <li>{@code GET /hooks/{name}} lists them as JSON, oldest first; with {@code ?secret=whsec_...} each one also
 *       gets {@code signatureValid} (see {@link StandardWebhookVerifier});</li>
 *   <li>{@code GET /hooks} counts the deliveries per name.</li>
 * </ul>
 */
public final class WebhookSink implements AutoCloseable {

    /** Deliveries kept per name by default; older ones are forgotten. */
    static final int KEPT_PER_NAME = 100;
    private static final String PREFIX = "/hooks";

    /** One received request. */
    public record Delivery(String id, String timestamp, String signature, String body, Instant receivedAt) {

        /** Whether its signature is valid for the secret ({@code whsec_...}). */
        public boolean signatureValid(String secret) {
            return StandardWebhookVerifier.verify(secret, id, timestamp, body, signature);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Consumer<String> notices;
    private final int keptPerName;
    private final Map<String, Deque<Delivery>> deliveries = new HashMap<>(); // guarded by itself

    private WebhookSink(HttpServer server, ExecutorService executor, Consumer<String> notices, int keptPerName) {
        this.server = server;
        this.executor = executor;
        this.notices = notices;
        this.keptPerName = keptPerName;
    }

    /** Starts a sink on the port (0 for any free one) that prints a line to the console per delivery. */
    public static WebhookSink start(int port) throws IOException {
        return start(port, System.out::println);
    }

    /** Starts a sink on the port (0 for any free one) that reports each delivery to {@code notices}. */
    public static WebhookSink start(int port, Consumer<String> notices) throws IOException {
        return start(port, notices, KEPT_PER_NAME);
    }

    /** As {@link #start(int, Consumer)}, keeping the last {@code keptPerName} deliveries of each name. */
    public static WebhookSink start(int port, Consumer<String> notices, int keptPerName) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "webhook-sink");
            t.setDaemon(true);
            return t;
        });
        WebhookSink sink = new WebhookSink(server, executor, notices, keptPerName);
        server.createContext(PREFIX, sink::handle);
        server.setExecutor(executor);
        server.start();
        return sink;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:<port>/hooks} */
    public URI url() {
        return URI.create("http://localhost:" + port() + PREFIX);
    }

    /** Where to send webhooks for {@code name}: {@code http://localhost:<port>/hooks/<name>}. */
    public URI url(String name) {
        return URI.create(url() + "/" + name);
    }

    /** The deliveries kept for {@code name}, oldest first. */
    public List<Delivery> deliveries(String name) {
        synchronized (deliveries) {
            return List.copyOf(deliveries.getOrDefault(name, new ArrayDeque<>()));
        }
    }

    /**
     * Waits until at least {@code count} deliveries are kept for {@code name}.
     *
     * @return the deliveries, oldest first
     * @throws IllegalStateException on timeout
     */
    public List<Delivery> awaitDeliveries(String name, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (deliveries) {
            while (deliveries.getOrDefault(name, new ArrayDeque<>()).size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("expected " + count + " deliveries for " + name + " within "
                            + timeout + ", got " + deliveries(name).size());
                }
                deliveries.wait(Math.max(1, Duration.ofNanos(left).toMillis()));
            }
            return deliveries(name);
        }
    }

    /** Forgets every delivery. */
    public void clear() {
        synchronized (deliveries) {
            deliveries.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            // HttpServer would just drop the connection; say what went wrong instead
            send(exchange, 500, "text/plain", e.toString());
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
            if (method.equals("GET")) {
                send(exchange, 200, "application/json", JSON.writeValueAsString(counts()));
            } else {
                send(exchange, 405, "text/plain", "GET only");
            }
            return;
        }
        String name = path.startsWith(PREFIX + "/") ? path.substring(PREFIX.length() + 1) : "";
        if (name.isEmpty() || name.contains("/")) {
            send(exchange, 404, "text/plain", "use /hooks/{name}");
            return;
        }
        switch (method) {
            case "POST" -> receive(exchange, name);
            case "GET" -> list(exchange, name);
            default -> send(exchange, 405, "text/plain", "POST or GET only");
        }
    }

    private void receive(HttpExchange exchange, String name) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var headers = exchange.getRequestHeaders();
        Delivery delivery = new Delivery(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), body, Instant.now());
        synchronized (deliveries) {
            Deque<Delivery> kept = deliveries.computeIfAbsent(name, n -> new ArrayDeque<>());
            kept.addLast(delivery);
            if (kept.size() > keptPerName) {
                kept.removeFirst();
            }
            deliveries.notifyAll();
        }
        exchange.sendResponseHeaders(204, -1);
        notices.accept("webhook " + name + " <- " + describe(delivery));
    }

    /** e.g. {@code id=msg_1 type=supply-status.changed 312 bytes} */
    private static String describe(Delivery delivery) {
        StringBuilder line = new StringBuilder("id=").append(delivery.id());
        if (parse(delivery.body()) instanceof ObjectNode object && object.path("type").isTextual()) {
            line.append(" type=").append(object.get("type").asText());
        }
        return line.append(' ').append(delivery.body().getBytes(StandardCharsets.UTF_8).length).append(" bytes").toString();
    }

    private void list(HttpExchange exchange, String name) throws IOException {
        String secret = queryParameter(exchange.getRequestURI().getRawQuery(), "secret");
        ArrayNode array = JSON.createArrayNode();
        for (Delivery delivery : deliveries(name)) {
            ObjectNode entry = array.addObject();
            entry.put("id", delivery.id());
            entry.put("timestamp", delivery.timestamp());
            entry.put("signature", delivery.signature());
            entry.set("body", parse(delivery.body()));
            entry.put("receivedAt", delivery.receivedAt().toString());
            if (secret != null) {
                try {
                    entry.put("signatureValid", delivery.signatureValid(secret));
                } catch (IllegalArgumentException badSecret) {
                    send(exchange, 400, "text/plain", badSecret.getMessage());
                    return;
                }
            }
        }
        send(exchange, 200, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        synchronized (deliveries) {
            deliveries.forEach((name, kept) -> counts.put(name, kept.size()));
        }
        return counts;
    }

    /** The body as JSON if it is JSON, else as a string. */
    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                // a secret pasted unencoded into a URL has its base64 '+' turned into ' ' by form decoding;
                // base64 has no spaces, so undo that
                return value.replace(' ', '+');
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
