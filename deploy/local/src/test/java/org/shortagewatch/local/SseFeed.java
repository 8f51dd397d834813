package org.shortagewatch.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.infra.ServerSentEvents;
import org.shortagewatch.infra.ServerSentEvents.Event;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of a recipient's server-sent events ({@code GET /api/v1/streams/{recipient}}), reading in a thread of its
 * own and keeping every event it receives, in order, until closed. When the stream ends (the service was killed or
 * lost its database) it connects again every half second, sending the last event's id as {@code Last-Event-ID}, as
 * a browser's EventSource does, so it resumes where it stopped.
 */
final class SseFeed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI stream;
    private final String bearer;
    private final List<Event> events = new ArrayList<>();
    private final Thread reader;
    private volatile InputStream body;
    private volatile boolean closed;

    private SseFeed(URI stream, String bearer) throws IOException, InterruptedException {
        this.stream = stream;
        this.bearer = bearer;
        body = connect(null);
        reader = new Thread(this::readAndResume, "sse-feed");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the recipient's stream at {@code serviceUrl} (a notification instance) from its start. */
    static SseFeed open(URI serviceUrl, String recipient, String bearer) throws IOException, InterruptedException {
        return new SseFeed(serviceUrl.resolve("/api/v1/streams/" + recipient), bearer);
    }

    private InputStream connect(String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + bearer);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IllegalStateException("the stream answered " + response.statusCode());
        }
        return response.body();
    }

    private void readAndResume() {
        while (!closed) {
            read(body);
            while (!closed) {
                try {
                    Thread.sleep(500);
                    body = connect(lastId());
                    break;
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | IllegalStateException notYet) {
                    // the service is not back yet
                }
            }
        }
    }

    private void read(InputStream in) {
        try (in) {
            ServerSentEvents.read(in, event -> {
                synchronized (events) {
                    return events.add(event);
                }
            });
        } catch (IOException ended) {
            // closed by close(), or the server went away: what was read is kept
        }
    }

    private String lastId() {
        synchronized (events) {
            return events.isEmpty() ? null : events.get(events.size() - 1).id();
        }
    }

    /** The events received so far, in order. */
    List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The supply-status changes the feed carried, in order, each under its event id ({@link Receipts}). */
    List<Receipts.Receipt> receipts() {
        List<Receipts.Receipt> receipts = new ArrayList<>();
        for (Event event : events()) {
            try {
                String change = Receipts.change(JSON.readTree(event.data()).path("payload"));
                if (change != null) {
                    receipts.add(new Receipts.Receipt(event.id(), change));
                }
            } catch (IOException notJson) {
                // not a message of the feed
            }
        }
        return receipts;
    }

    @Override
    public void close() {
        closed = true;
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
