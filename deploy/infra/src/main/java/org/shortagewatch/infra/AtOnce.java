package org.shortagewatch.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Requests a test sends at the same moment, as many callers would, each on a thread of its own. */
public final class AtOnce {

    /** Longer than any answer of a service that works, shorter than a test run: a stall fails the test. */
    private static final long WAIT_SECONDS = 120;

    private AtOnce() {
    }

    /** Runs {@code call} for 0 to {@code n - 1} on {@code n} threads released together; the results in that order. */
    public static <T> List<T> run(int n, IntFunction<T> call) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> pending = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                pending.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>(n);
            for (Future<T> result : pending) {
                results.add(result.get(WAIT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("requests sent at once did not all complete", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
