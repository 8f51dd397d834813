package org.shortagewatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A recipient reading its inbox ({@code GET /api/v1/inbox/{recipient}?limit=500}, newest first) every half second, as
 * a pharmacy's system that keeps its own copy would, and keeping each entry it saw under the entry's id. Polls that
 * fail (the service killed, its database away) are simply tried again. Fewer than 500 new entries may arrive
 * between two polls, or some could be missed unseen: a poll whose 500 entries are all new, after earlier ones were
 * seen, is counted as a possible gap ({@link #gaps()}), which the oracle refuses.
 */
final class InboxPoller implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int LIMIT = 500;

    /** One entry seen: its feed position (the inbox's order) and the change it tells of. */
    private record Seen(long position, String change) {
    }

    private final HttpRequest request;
    private final Map<String, Seen> seen = new HashMap<>(); // guarded by itself
    private final Thread poller;
    private volatile int gaps;
    private volatile boolean closed;

    private InboxPoller(HttpRequest request) {
        this.request = request;
        poller = new Thread(this::pollUntilClosed, "inbox-poller");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts polling the recipient's inbox at {@code serviceUrl} (a notification instance). */
    static InboxPoller start(URI serviceUrl, String recipient, String bearer) {
        return new InboxPoller(HttpRequest.newBuilder(serviceUrl.resolve("/api/v1/inbox/" + recipient + "?limit=" + LIMIT))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + bearer).build());
    }

    private void pollUntilClosed() {
        while (!closed) {
            try {
                poll();
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException notNow) {
                // the service is away or busy: the next poll tries again
            }
        }
    }

    /** Reads the newest entries once, now. */
    void poll() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return;
        }
        JsonNode entries = JSON.readTree(response.body());
        synchronized (seen) {
            int fresh = 0;
            for (JsonNode entry : entries) {
                String change = Receipts.change(entry.path("payload"));
                if (seen.putIfAbsent(entry.path("id").asText(), new Seen(entry.path("position").asLong(),
                        change == null ? "" : change)) == null) {
                    fresh++;
                }
            }
            if (fresh == LIMIT && seen.size() > LIMIT) {
                gaps++;
            }
        }
    }

    /** The supply-status changes seen in the inbox, in the inbox's order, each under its entry's id. */
    List<Receipts.Receipt> receipts() {
        List<Map.Entry<String, Seen>> entries;
        synchronized (seen) {
            entries = new ArrayList<>(seen.entrySet());
        }
        entries.sort(Comparator.comparingLong(e -> e.getValue().position()));
        return entries.stream().filter(e -> !e.getValue().change().isEmpty())
                .map(e -> new Receipts.Receipt(e.getKey(), e.getValue().change())).toList();
    }

    /** How many polls found 500 entries all new after earlier ones: entries may have passed unseen. */
    int gaps() {
        return gaps;
    }

    @Override
    public void close() {
        closed = true;
        poller.interrupt();
    }
}
