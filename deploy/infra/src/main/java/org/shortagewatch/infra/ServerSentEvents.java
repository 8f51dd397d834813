package org.shortagewatch.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * A stream of server-sent events ({@code text/event-stream}) read as a client reads it: an event is its {@code id:},
 * {@code event:} and {@code data:} lines up to a blank line, its data lines joined by line breaks; one without data
 * is not handed on.
 */
public final class ServerSentEvents {

    /** One event: its id (notification's feed position), its name (the kind of message) and its data (JSON). */
    public record Event(String id, String name, String data) {
    }

    private ServerSentEvents() {
    }

    /**
     * Reads the events of {@code in} (UTF-8), handing each to {@code next}, until the stream ends or {@code next}
     * answers false. The stream is the caller's to close.
     */
    public static void read(InputStream in, Predicate<Event> next) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isEmpty()) {
                if (!data.isEmpty() && !next.test(new Event(id, name, data.toString()))) {
                    return;
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
    }
}
