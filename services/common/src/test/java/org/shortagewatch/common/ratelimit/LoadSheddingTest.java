package org.shortagewatch.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LoadSheddingTest {

    @Test
    void writesBeyondTheBoundAreRefusedUntilOneFinishes() {
        LoadShedding.InFlight inFlight = new LoadShedding.InFlight(2);
        assertTrue(inFlight.tryEnter());
        assertTrue(inFlight.tryEnter());
        assertFalse(inFlight.tryEnter());
        assertEquals(2, inFlight.current());
        inFlight.exit();
        assertTrue(inFlight.tryEnter());
        assertFalse(inFlight.tryEnter());
    }

    @Test
    void theBoundHoldsUnderConcurrentWrites() throws Exception {
        LoadShedding.InFlight inFlight = new LoadShedding.InFlight(10);
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            threads.submit(() -> {
                start.await();
                for (int i = 0; i < 10_000; i++) {
                    if (inFlight.tryEnter()) {
                        admitted.incrementAndGet();
                        mostAtOnce.accumulateAndGet(inFlight.current(), Math::max);
                        inFlight.exit();
                    }
                }
                return null;
            });
        }
        start.countDown();
        threads.shutdown();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(0, inFlight.current());
        assertTrue(mostAtOnce.get() <= 10, "at most 10 at once, saw " + mostAtOnce.get());
        assertTrue(admitted.get() > 0);
    }
}
