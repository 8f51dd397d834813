package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AlertOrderTest {

    record Alert(long position, boolean read) {
    }

    @Test
    void unreadFirstThenReadEachNewestFirst() {
        List<Alert> alerts = new ArrayList<>(List.of(new Alert(1, false), new Alert(2, true), new Alert(3, false),
                new Alert(4, true)));
        alerts.sort(AlertOrder.unreadFirstNewestFirst(Alert::read, Alert::position));
        assertEquals(List.of(3L, 1L, 4L, 2L), alerts.stream().map(Alert::position).toList());
    }
}
