package org.shortagewatch.notification.delivery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook endpoint owned by the test: records every request and answers with scripted status codes. It handles one
 * request at a time, so with a {@link #delay} it takes that long for each request it has recorded.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private record Answer(int status, String retryAfter) {
    }

    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private volatile Duration delay = Duration.ZERO;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), Map.of(
                    "webhook-id", String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id")),
                    "webhook-timestamp", String.valueOf(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                    "webhook-signature", String.valueOf(exchange.getRequestHeaders().getFirst("webhook-signature")),
                    "content-type", String.valueOf(exchange.getRequestHeaders().getFirst("content-type"))), body));
            Answer answer = answers.poll();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (answer != null && answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer == null ? 204 : answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    /** The next requests are answered with these codes, in order; then 204. */
    public void answer(Integer... statuses) {
        for (Integer status : statuses) {
            answers.add(new Answer(status, null));
        }
    }

    /** The next request is answered with this code and {@code Retry-After} value. */
    public void answerWithRetryAfter(int status, String retryAfter) {
        answers.add(new Answer(status, retryAfter));
    }

    /** Every later request is answered only after {@code delay}: a slow endpoint. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
