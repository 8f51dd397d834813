package org.shortagewatch.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ValidationProgressTest {

    @Test
    void progressIsPassedOnEveryNRowsAndOnceTheIntervalHasPassed() {
        AtomicLong clock = new AtomicLong();
        List<Integer> reported = new ArrayList<>();
        ValidationProgress progress = new ValidationProgress(1000, Duration.ofSeconds(1), clock::get, reported::add);
        for (int row = 1; row <= 2500; row++) {
            progress.accept(row);
        }
        assertEquals(List.of(1000, 2000), reported, "every 1000 rows while they are checked quickly");

        clock.addAndGet(Duration.ofMillis(999).toNanos());
        progress.accept(2501);
        assertEquals(List.of(1000, 2000), reported, "neither 1000 rows nor a second since the last");
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        progress.accept(2502);
        assertEquals(List.of(1000, 2000, 2502), reported, "a second has passed: slow rows are shown too");
        progress.accept(2503);
        assertEquals(3, reported.size(), "the interval starts again from the last report");
    }
}
