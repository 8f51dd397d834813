package org.shortagewatch.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of a recipient's server-sent events ({@code GET /api/v1/streams/{recipient}}), reading in a thread of its
 * own and keeping every event it receives, in order, until closed.
 */
final class SseFeed implements AutoCloseable {

    /** One event: its id (the feed position), its name (the kind of message) and its data (JSON). */
    record Event(String id, String name, String data) {
    }

    private final List<Event> events = new ArrayList<>();
    private final Thread reader;
    private volatile InputStream body;

    private SseFeed(URI stream, String bearer) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + bearer)
                .GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the stream answered " + response.statusCode());
        }
        body = response.body();
        reader = new Thread(this::read, "sse-feed");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the recipient's stream at {@code serviceUrl} (a notification instance) from its start. */
    static SseFeed open(URI serviceUrl, String recipient, String bearer) throws IOException, InterruptedException {
        return new SseFeed(serviceUrl.resolve("/api/v1/streams/" + recipient), bearer);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        synchronized (events) {
                            events.add(new Event(id, name, data.toString()));
                        }
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException closed) {
            // closed by close(), or the server went away: what was read is kept
        }
    }

    /** The events received so far, in order. */
    List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        reader.interrupt();
    }

    /** How long a caller may wait for the feed to catch up, by default. */
    static final Duration CATCH_UP = Duration.ofSeconds(60);
}
