package org.shortagewatch.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What {@link StackInfrastructure} does with the infrastructure it starts in parallel: check it, and close it at stop. */
final class PendingStarts {

    private static final Duration START_WAIT_AT_STOP = Duration.ofSeconds(20);

    private PendingStarts() {
    }

    /** Fails clearly if the broker does not listen where it says it does (rather than every service failing later). */
    static void checkReachable(String bootstrapServers) {
        for (String hostPort : bootstrapServers.split(",")) {
            int colon = hostPort.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort.substring(0, colon),
                        Integer.parseInt(hostPort.substring(colon + 1))), 5000);
            } catch (IOException e) {
                throw new IllegalStateException("Kafka reports " + hostPort + " but does not listen there: " + e);
            }
        }
    }

    /**
     * Waits for the start to end (it may still run if Ctrl-C came early) and closes what it started. The wait is
     * bounded: zonky's own shutdown hook stops a PostgreSQL whose start was interrupted (its start then only times out
     * after a minute), and an in-JVM Kafka broker ends with the JVM anyway.
     *
     * @return whether something was started and closed
     */
    static boolean closeWhenStarted(CompletableFuture<? extends AutoCloseable> start, String what) {
        if (start == null) {
            return false;
        }
        AutoCloseable started;
        try {
            started = start.handle((value, failure) -> value).get(START_WAIT_AT_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            System.err.println(what + " is still starting; not waiting for it any longer");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (started == null) {
            return false;
        }
        try {
            started.close();
        } catch (Exception e) {
            System.err.println("could not stop " + what + ": " + e);
        }
        return true;
    }
}
