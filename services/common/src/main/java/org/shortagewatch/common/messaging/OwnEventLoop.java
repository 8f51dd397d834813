package org.shortagewatch.common.messaging;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.vertx.core.Context;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.spi.VertxThreadFactory;
import io.vertx.core.spi.transport.Transport;

/**
 * A Vert.x event loop of its own: one thread, outside the application's event loops, and a context on it. What runs
 * on this context runs on that thread only: its timers, the callbacks of its database, HTTP and SMTP clients, and the
 * sockets of the connections those clients open from it (Vert.x binds a connection to the event loop of the context
 * that opened it). So a worker given this context neither waits behind nor delays what the application's event
 * loops run (HTTP requests, Kafka consumers), however much it has to do.
 *
 * <p>Vert.x 4 has no public way to add an event loop: this takes the transport's event-loop group and the context
 * factory from {@code VertxInternal}, as Vert.x's own clients do.
 */
public final class OwnEventLoop implements AutoCloseable {

    /** Vert.x's share of an event loop's time for I/O (its {@code vertx.nettyIORatio} default). */
    private static final int IO_RATIO = 50;

    private final EventLoopGroup group;
    private final Context context;

    private OwnEventLoop(EventLoopGroup group, Context context) {
        this.group = group;
        this.context = context;
    }

    /** Starts the event loop, its thread named {@code threadName}; blocking work from it goes to the worker pool. */
    public static OwnEventLoop start(io.vertx.core.Vertx vertx, String threadName) {
        VertxInternal internal = (VertxInternal) vertx;
        ThreadFactory threads = task -> VertxThreadFactory.INSTANCE.newVertxThread(task, threadName, false,
                internal.maxEventLoopExecTime(), internal.maxEventLoopExecTimeUnit());
        EventLoopGroup group = internal.transport().eventLoopGroup(Transport.IO_EVENT_LOOP_GROUP, 1, threads, IO_RATIO);
        Context context = internal.createEventLoopContext(group.next(), internal.getWorkerPool(),
                Thread.currentThread().getContextClassLoader());
        return new OwnEventLoop(group, context);
    }

    /** The context on the loop's thread. */
    public Context context() {
        return context;
    }

    /** Stops the thread once the tasks already given to it have run; the connections still open on it close. */
    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    }
}
