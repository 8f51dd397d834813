package org.shortagewatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.ServerSentEvents.Event;

/** An event stream read as a client reads it. */
class ServerSentEventsTest {

    static final String STREAM = """
            : a comment, and an event without data, are not events
            id: 1

            id: 2
            event: SUPPLY_STATUS
            data: {"a":
            data:  1}

            id:3
            event:NOTICE
            data:{}

            """;

    static List<Event> read(int atMost) throws Exception {
        List<Event> read = new ArrayList<>();
        ServerSentEvents.read(new ByteArrayInputStream(STREAM.getBytes(StandardCharsets.UTF_8)),
                event -> read.add(event) && read.size() < atMost);
        return read;
    }

    @Test
    void everyEventWithDataInOrderItsDataLinesJoined() throws Exception {
        assertEquals(List.of(new Event("2", "SUPPLY_STATUS", "{\"a\":\n1}"), new Event("3", "NOTICE", "{}")),
                read(10));
    }

    @Test
    void noMoreOnceTheReaderHasEnough() throws Exception {
        assertEquals(List.of(new Event("2", "SUPPLY_STATUS", "{\"a\":\n1}")), read(1));
    }
}
