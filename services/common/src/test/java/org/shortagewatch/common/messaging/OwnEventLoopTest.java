package org.shortagewatch.common.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * An event loop of its own runs its context's work on its own thread, never on Vert.x's event loops; a drain started
 * with that context drains there, whoever wakes it.
 */
class OwnEventLoopTest {

    private static final String THREAD = "own-event-loop-test";

    private Vertx vertx;
    private OwnEventLoop loop;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        loop = OwnEventLoop.start(vertx, THREAD);
    }

    @AfterEach
    void stop() throws Exception {
        loop.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void itsContextAndItsTimersRunOnItsOwnThread() throws Exception {
        CompletableFuture<String> task = new CompletableFuture<>();
        CompletableFuture<String> timer = new CompletableFuture<>();
        loop.context().runOnContext(run -> {
            task.complete(Thread.currentThread().getName());
            vertx.setTimer(1, fired -> timer.complete(Thread.currentThread().getName()));
        });
        assertEquals(THREAD, task.get(5, TimeUnit.SECONDS));
        assertEquals(THREAD, timer.get(5, TimeUnit.SECONDS));
        assertTrue(loop.context().isEventLoopContext());

        CompletableFuture<String> elsewhere = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(run -> elsewhere.complete(Thread.currentThread().getName()));
        assertTrue(elsewhere.get(5, TimeUnit.SECONDS).startsWith("vert.x-eventloop-thread"),
                "Vert.x's own contexts stay on its event loops");
    }

    @Test
    void aNotifiedDrainDrainsOnItsContextWhoeverWakesIt() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch drained = new CountDownLatch(3);
        NotifiedDrain drain = NotifiedDrain.start("test drain", 10, () -> {
            threads.add(Thread.currentThread().getName());
            drained.countDown();
            return Uni.createFrom().item(0);
        }, io.vertx.mutiny.core.Vertx.newInstance(vertx), ConfigProviderResolver.instance().getBuilder().build(),
                "test", loop.context());
        drain.wake(); // from the test's thread
        vertx.getOrCreateContext().runOnContext(run -> drain.wake()); // from one of Vert.x's event loops
        assertTrue(drained.await(5, TimeUnit.SECONDS), "the start and both wake-ups drained: " + threads);
        assertTrue(threads.stream().allMatch(THREAD::equals), threads.toString());
        drain.close();
    }
}
