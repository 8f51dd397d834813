package org.shortagewatch.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.shortagewatch.infra.ChildProcessSupport;
import org.shortagewatch.infra.KafkaNode;
import org.shortagewatch.infra.KafkaProcess;
import org.shortagewatch.infra.KeycloakServer;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.TcpProxy;
import org.shortagewatch.infra.Unchecked;

/**
 * The infrastructure under a {@link LocalStack}: Kafka, PostgreSQL (with the services' databases and runtime roles),
 * optionally Keycloak and a {@link TcpProxy} in front of PostgreSQL or Kafka; started in parallel, stopped, killed and
 * started again for the fault tests.
 */
public final class StackInfrastructure {

    private final StackOptions options;
    private final Path base; // the data directory, or the stack's temporary one
    private final Path logDir;
    private CompletableFuture<KafkaNode> kafkaStart;
    private CompletableFuture<PostgresServer> postgresStart;
    private CompletableFuture<KeycloakServer> keycloakStart;
    private volatile KafkaNode kafka;
    private volatile PostgresServer postgres;
    private volatile TcpProxy postgresProxy;
    private volatile TcpProxy kafkaProxy; // in front of the broker's second listener, fixed at the first start
    private volatile KeycloakServer keycloak;
    private boolean closed;

    StackInfrastructure(StackOptions options, Path base, Path logDir) {
        this.options = options;
        this.base = base;
        this.logDir = logDir;
    }

    /** Starts what the options ask for, in parallel, and waits for all of it; {@link #close()} stops what came up. */
    void start() throws Exception {
        Path data = options.dataDir;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the stack was stopped while starting");
            }
            options.progress().accept("Starting Kafka and PostgreSQL ...");
            // in parallel; close() waits for these and closes whatever came up, so nothing is left running
            kafkaStart = CompletableFuture.supplyAsync(() -> Unchecked.get(this::startKafkaNode));
            postgresStart = CompletableFuture.supplyAsync(() -> Unchecked.get(() -> PostgresServer.start(
                    data == null ? null : data.resolve("postgres"), options.postgresPort)));
            if (options.keycloakPort >= 0) {
                options.progress().accept("Starting Keycloak ...");
                // its own thread: the start mostly waits for the child process (the common pool may have one thread)
                keycloakStart = CompletableFuture.supplyAsync(() -> Unchecked.get(() -> KeycloakServer.start(
                                KeycloakServer.options()
                                        .port(options.keycloakPort)
                                        .dataDir(data == null ? null : data.resolve("keycloak"))
                                        .logFile(logDir.resolve("keycloak.log"))
                                        .build())),
                        task -> new Thread(task, "keycloak-start").start());
            }
        }
        long begin = System.nanoTime();
        kafkaStart.thenAccept(k -> options.progress().accept("Kafka ready at " + k.bootstrapServers() + since(begin)));
        postgresStart.thenAccept(p -> options.progress().accept("PostgreSQL ready on port " + p.port() + since(begin)));
        if (keycloakStart != null) {
            keycloakStart.thenAccept(k -> options.progress().accept("Keycloak ready at " + k.baseUrl() + since(begin)));
        }
        try {
            kafka = kafkaStart.join();
            postgres = postgresStart.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("could not start Kafka and PostgreSQL", e.getCause());
        }
        if (keycloakStart != null) {
            try {
                keycloak = keycloakStart.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("could not start Keycloak", e.getCause());
            }
        }
        PendingStarts.checkReachable(kafka.bootstrapServers());
        for (StackService service : LocalStack.SERVICES) {
            postgres.ensureDatabase(service.database());
            postgres.ensureLoginRole(service.runtimeRole(), service.runtimeRole());
        }
        if (options.postgresProxy) {
            postgresProxy = TcpProxy.start(0, postgres.port());
        }
    }

    static String since(long begin) {
        return String.format(" (%.1f s)", (System.nanoTime() - begin) / 1e9);
    }

    // ------------------------------------------------------------------------------------------------ accessors

    KafkaNode kafka() {
        return requireStarted(kafka);
    }

    PostgresServer postgres() {
        return requireStarted(postgres);
    }

    /** Keycloak, or {@code null} when the options do not run it. */
    KeycloakServer keycloakOrNull() {
        return keycloak;
    }

    /** The port the services reach PostgreSQL on: the server's own, or the proxy's in front of it. */
    int servicesPostgresPort() {
        return postgresProxy != null ? postgresProxy.port() : postgres().port();
    }

    /** Where the services bootstrap to Kafka: the broker's own listener, or the proxy's in front of its second one. */
    String servicesKafkaBootstrapServers() {
        return kafkaProxy != null ? "localhost:" + kafkaProxy.port() : kafka().bootstrapServers();
    }

    /** The proxy between the services and Kafka (options {@code kafkaBehindProxy()}). */
    public TcpProxy kafkaProxy() {
        if (kafkaProxy == null) {
            throw new IllegalStateException("this stack has no proxy in front of Kafka");
        }
        return kafkaProxy;
    }

    /** The proxy between the services and PostgreSQL (options {@code postgresBehindProxy()}). */
    public TcpProxy postgresProxy() {
        if (postgresProxy == null) {
            throw new IllegalStateException("this stack has no proxy in front of PostgreSQL");
        }
        return postgresProxy;
    }

    private static <T> T requireStarted(T infrastructure) {
        if (infrastructure == null) {
            throw new IllegalStateException("the stack has not been started");
        }
        return infrastructure;
    }

    // ------------------------------------------------------------------------------------------------ faults

    /**
     * Stops PostgreSQL abruptly, as an immediate shutdown does (every session cut, crash recovery at the next start);
     * the services keep running. Needs a stack with a data directory.
     */
    public void stopPostgresImmediately() throws Exception {
        requireDataDir("stop and start PostgreSQL");
        postgres().stopImmediately();
    }

    /** Starts PostgreSQL again, on the same data directory and port, after {@link #stopPostgresImmediately()}. */
    public synchronized void startPostgres() throws Exception {
        requireDataDir("stop and start PostgreSQL");
        PostgresServer restarted = PostgresServer.start(options.dataDir.resolve("postgres"), postgres().port());
        postgres = restarted;
        postgresStart = CompletableFuture.completedFuture(restarted);
    }

    /**
     * Replaces PostgreSQL by a fresh, empty server on the same port, as after the loss of its disk: the old server is
     * stopped and its data directory moved aside ({@code postgres-lost-<millis>}), the new one has no database of the
     * services, only their runtime roles (which an operator creates on a new server before the services start, as on
     * the first one: docs/operations.md, section 5). Stop the services first. Needs a data directory.
     */
    public synchronized void replacePostgresWithEmptyServer() throws Exception {
        requireDataDir("replace PostgreSQL");
        Path current = options.dataDir.resolve("postgres");
        postgres().close();
        Files.move(current, options.dataDir.resolve("postgres-lost-" + System.currentTimeMillis()));
        PostgresServer fresh = PostgresServer.start(current, postgres().port());
        postgres = fresh;
        postgresStart = CompletableFuture.completedFuture(fresh);
        for (StackService service : LocalStack.SERVICES) {
            fresh.ensureLoginRole(service.runtimeRole(), service.runtimeRole());
        }
    }

    /**
     * Stops the Kafka broker as an operator would; the services keep running. Needs a data directory and a fixed
     * Kafka port, or Kafka as a process ({@link StackOptions.Builder#kafkaAsProcess()}), which keeps its ports.
     */
    public void stopKafka() throws Exception {
        requireRestartableKafka();
        kafka().close();
    }

    /**
     * Kills the Kafka broker with SIGKILL (no shutdown, no flush); the services keep running. Needs Kafka as a
     * process ({@link StackOptions.Builder#kafkaAsProcess()}). Start it again with {@link #startKafka()}.
     */
    public void killKafka() throws Exception {
        if (!(kafka() instanceof KafkaProcess process)) {
            throw new IllegalStateException("to kill Kafka, run it as a process: kafkaAsProcess()");
        }
        process.kill();
    }

    /** Starts the Kafka broker again, on the same data directory and port, after {@link #stopKafka()} or {@link #killKafka()}. */
    public synchronized void startKafka() throws Exception {
        requireRestartableKafka();
        KafkaNode restarted = startKafkaNode();
        kafka = restarted;
        kafkaStart = CompletableFuture.completedFuture(restarted);
    }

    /**
     * In-JVM: {@code kafka/} of the data directory, or a fresh temporary one; a process: {@code kafka-process/}, with a
     * proxy in front of a second listener when the options ask for one (the proxy and the ports stay for restarts).
     */
    private KafkaNode startKafkaNode() throws Exception {
        if (!options.kafkaAsProcess) {
            return KafkaNode.start(false, options.dataDir == null ? null : options.dataDir.resolve("kafka"),
                    options.kafkaPort, options.kafkaPartitions);
        }
        Path dir = base.resolve("kafka-process");
        if (options.kafkaProxy && kafkaProxy == null) {
            int proxied = ChildProcessSupport.freePort();
            kafkaProxy = TcpProxy.start(0, proxied);
            return KafkaNode.startProcess(dir, options.kafkaPort, options.kafkaPartitions, proxied, kafkaProxy.port());
        }
        return KafkaNode.startProcess(dir, options.kafkaPort, options.kafkaPartitions, 0, 0);
    }

    private void requireRestartableKafka() {
        if (!options.kafkaAsProcess) {
            requireDataDir("stop and start Kafka");
            if (options.kafkaPort <= 0) {
                throw new IllegalStateException("to stop and start Kafka, give the stack a fixed Kafka port");
            }
        }
    }

    private void requireDataDir(String what) {
        if (options.dataDir == null) {
            throw new IllegalStateException("to " + what + ", give the stack a data directory");
        }
    }

    // ------------------------------------------------------------------------------------------------ stopping

    /** Stops Keycloak, the proxies, Kafka and PostgreSQL, whatever of them started (or is still starting). */
    synchronized void close() {
        closed = true;
        if (keycloakStart != null) {
            options.progress().accept("Stopping Keycloak ...");
            PendingStarts.closeWhenStarted(keycloakStart, "Keycloak");
        }
        options.progress().accept("Stopping Kafka and PostgreSQL ...");
        if (postgresProxy != null) {
            postgresProxy.close();
        }
        if (kafkaProxy != null) {
            kafkaProxy.close();
        }
        PendingStarts.closeWhenStarted(kafkaStart, "Kafka");
        if (!PendingStarts.closeWhenStarted(postgresStart, "PostgreSQL") && postgresStart != null && options.dataDir != null) {
            PostgresServer.stopStray(options.dataDir.resolve("postgres"));
        }
    }
}
