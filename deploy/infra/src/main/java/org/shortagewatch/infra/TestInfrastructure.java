package org.shortagewatch.infra;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.kafka.common.utils.Exit;

/**
 * One Kafka broker and one PostgreSQL server per test JVM, started in parallel on first use, on free ports, in
 * fresh temporary directories, and stopped when the JVM exits.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final KafkaNode kafka;
    private final PostgresServer postgres;

    private TestInfrastructure(KafkaNode kafka, PostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            CompletableFuture<KafkaNode> kafka = CompletableFuture.supplyAsync(() -> Unchecked.get(() -> KafkaNode.start(false, null, 0, 3)));
            CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(() -> Unchecked.get(() -> PostgresServer.start(null, 0)));
            try {
                instance = new TestInfrastructure(kafka.join(), postgres.join());
            } catch (CompletionException e) {
                throw new IllegalStateException("could not start the test infrastructure", e.getCause());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
        }
        return instance;
    }

    public KafkaNode kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    private void stop() {
        // A broker that meets its deleted log directories while the JVM shuts down halts the JVM with status 1, which
        // would fail a test run whose tests all passed: the JVM is exiting anyway, so Kafka may not halt it.
        Exit.setHaltProcedure((status, message) -> {
        });
        Exit.setExitProcedure((status, message) -> {
        });
        try {
            kafka.close();
        } catch (Exception ignored) {
            // the JVM is exiting; nothing more to do
        }
        try {
            postgres.close();
        } catch (Exception ignored) {
            // the JVM is exiting; nothing more to do
        }
    }
}
