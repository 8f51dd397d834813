package org.shortagewatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;

import org.shortagewatch.infra.ServerSentEvents;

/**
 * What a scenario receives from notification, each stamped with {@link System#nanoTime()} as it arrives: webhooks at
 * a sink in the load generator's JVM, and one recipient's server-sent events.
 */
final class Receivers {

    /** A webhook as the sink received it: its {@code webhook-id} header and body. */
    record Webhook(String id, byte[] body, long nanos) {
    }

    /** A server-sent event: its id (notification's feed position), its name (the alert's kind) and its data. */
    record Message(String id, String event, String data, long nanos) {
    }

    private Receivers() {
    }

    /**
     * A webhook sink on 127.0.0.1 (a free port): every POST under {@code /hooks/} is handed to the receiver and
     * answered 204. It checks no signature (deploy/local's sink does: that costs the machine's CPU, which here belongs
     * to the system under test).
     */
    static final class Sink implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads;

        Sink(int threadCount, Consumer<Webhook> receiver) throws IOException {
            threads = Executors.newFixedThreadPool(threadCount);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            server.createContext("/hooks/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    byte[] body = in.readAllBytes();
                    receiver.accept(new Webhook(exchange.getRequestHeaders().getFirst("webhook-id"), body,
                            System.nanoTime()));
                } catch (IOException | RuntimeException e) {
                    System.err.println("sink: unreadable webhook: " + e);
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(threads);
            server.start();
        }

        /** The address of the sink's name {@code name}. */
        String url(String name) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /**
     * Reads a server-sent-event stream on a daemon thread of its own and hands each event with data to the receiver
     * (comments and events without data are skipped).
     */
    static void followSse(Http http, String url, String token, Consumer<Message> receiver) {
        Thread listener = new Thread(() -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + token).GET().build();
                HttpResponse<InputStream> response = http.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    System.err.println("SSE stream " + url + " answered " + response.statusCode());
                    return;
                }
                try (InputStream body = response.body()) {
                    ServerSentEvents.read(body, e -> {
                        receiver.accept(new Message(e.id(), e.name(), e.data(), System.nanoTime()));
                        return true;
                    });
                }
            } catch (Exception e) {
                System.err.println("SSE stream ended: " + e);
            }
        }, "sse-listener");
        listener.setDaemon(true);
        listener.start();
    }
}
