package org.shortagewatch.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.shortagewatch.infra.ChildProcessSupport;
import org.shortagewatch.infra.KeycloakServer;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.TokenIssuer;

/**
 * The whole system on this machine, without Docker: a real Kafka broker and a real PostgreSQL server (both in
 * this JVM, via deploy/infra) and the three services as child processes running their built Quarkus jars. As in
 * production, each service migrates its database as the owner and connects as a role that owns nothing
 * ({@link StackService#runtimeRole()}).
 *
 * <p>Used by {@link RunLocal} and by end-to-end tests:
 *
 * <pre>{@code
 * try (LocalStack stack = new LocalStack(LocalStack.options(projectRoot).build()).start()) {
 *     URI report = stack.serviceUrl(LocalStack.MANUFACTURER_REPORT);
 *     stack.kill(LocalStack.NOTIFICATION);          // crash it (SIGKILL)
 *     stack.startService(LocalStack.NOTIFICATION);  // same port, same config
 * }
 * }</pre>
 *
 * Thread-safe; {@link #stop()} is idempotent and also runs from a JVM shutdown hook, so no child process or
 * database server outlives the JVM (unless the JVM itself is killed with SIGKILL).
 */
public final class LocalStack implements AutoCloseable {

    public static final String MANUFACTURER_REPORT = "manufacturer-report";
    public static final String WHOLESALER_ALLOCATION = "wholesaler-allocation";
    public static final String NOTIFICATION = "notification";
    public static final String PORTAL = "portal";

    /** Every service, in start order. */
    public static final List<StackService> SERVICES = List.of(
            new StackService(MANUFACTURER_REPORT, 8081, "report"),
            new StackService(WHOLESALER_ALLOCATION, 8082, "allocation"),
            new StackService(NOTIFICATION, 8083, "notification"));

    /**
     * The web portal: started after the three services when the options ask for it ({@link StackOptions.Builder#portal}),
     * with Keycloak as its OpenID Connect provider; no database, no Kafka.
     */
    public static final StackService PORTAL_SERVICE = new StackService(PORTAL, 8080, null);

    private final StackOptions options;
    private Path logDir;
    private Path tempDir; // deleted at stop; null with a data directory
    private StackInfrastructure infrastructure;
    private ServiceProcesses processes;
    private final Thread shutdownHook = new Thread(this::stop, "local-stack-stop");
    private boolean started;
    private volatile boolean stopped;
    private TokenIssuer tokens;

    /** A stack that is not started yet; see {@link #start()}. */
    public LocalStack(StackOptions options) {
        this.options = options;
    }

    /** Options for a stack of the project at {@code projectRoot}; by default everything on free ports, in temp dirs. */
    public static StackOptions.Builder options(Path projectRoot) {
        return StackOptions.builder(projectRoot);
    }

    /**
     * Starts Kafka and PostgreSQL in parallel, creates the services' databases and their runtime roles
     * ({@link StackService#runtimeRole()}), then starts every instance of every service and waits until each one is ready.
     * On failure everything already started is stopped again before the exception is thrown. A stack starts once;
     * after {@link #stop()} create a new one (with the same data directory to keep the data).
     *
     * @return this stack
     * @throws IllegalStateException if a service jar is missing, or a service does not get ready in time (the message
     *     then ends with the tail of its log)
     */
    public LocalStack start() throws Exception {
        StackService.requireBuilt(options.projectRoot, options.portal);
        synchronized (this) {
            if (started || stopped) {
                throw new IllegalStateException("a LocalStack starts only once");
            }
            started = true;
            tempDir = options.dataDir == null ? Files.createTempDirectory("shortage-watch-local-") : null;
            Path base = options.dataDir != null ? options.dataDir : tempDir;
            logDir = options.logDir != null ? options.logDir : base.resolve("logs");
            // the stand-in for an OpenID Connect provider: its key persists with the data, or lives with the stack
            tokens = TokenIssuer.loadOrCreate(authDir(), TokenIssuer.DEFAULT_ISSUER);
            infrastructure = new StackInfrastructure(options, base, logDir);
            processes = new ServiceProcesses(options, logDir, new ServiceEnvironment(this)::put);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        try {
            infrastructure.start();
            // the portal last: the services' ports are known then; it calls them only when a page asks
            processes.startAll(StackService.started(options.portal));
            return this;
        } catch (Exception | Error e) {
            stop();
            throw e;
        }
    }

    /** Signs bearer tokens the services trust (after {@link #start()}). */
    public synchronized TokenIssuer tokens() {
        return tokens;
    }

    /** Where the services read the public key set that verifies tokens. */
    public synchronized Path jwksFile() {
        return TokenIssuer.jwksFile(authDir());
    }

    private Path authDir() {
        return (options.dataDir != null ? options.dataDir : tempDir).resolve("auth");
    }

    /** Whether this stack runs the portal ({@link StackOptions.Builder#portal(int)}). */
    public boolean hasPortal() {
        return options.portal;
    }

    // ---------------------------------------------------------------------------------------------------- services

    /** Crashes the service's first instance: SIGKILL, no graceful shutdown, and waits until the process is gone. */
    public void kill(String name) throws InterruptedException {
        kill(name, 1);
    }

    /** Crashes the service's instance {@code number} (1 is the first; every method with a number means the same). */
    public void kill(String name, int number) throws InterruptedException {
        processes().kill(instance(name, number));
    }

    /** Stops the service's first instance as an orchestrator does (SIGTERM, SIGKILL after 20 s) and waits until it is gone. */
    public void stopService(String name) throws InterruptedException {
        stopService(name, 1);
    }

    public void stopService(String name, int number) throws InterruptedException {
        processes().stop(instance(name, number));
    }

    /**
     * Starts the service's first instance again (after {@link #kill} or {@link #stopService}) with the same port and
     * configuration, and waits until it is ready. Its output is appended to the same log file.
     */
    public void startService(String name) throws IOException, InterruptedException {
        startService(name, Map.of());
    }

    /** As {@link #startService(String)}, with these environment variables set or replaced for this start only. */
    public void startService(String name, Map<String, String> envOverrides) throws IOException, InterruptedException {
        processes().restart(instance(name, 1), envOverrides);
    }

    public void startService(String name, int number) throws IOException, InterruptedException {
        processes().restart(instance(name, number), Map.of());
    }

    /** How many instances of the service this stack runs ({@link StackOptions.Builder#instances}). */
    public int instances(String name) {
        return options.instances(name);
    }

    /**
     * Kafka, PostgreSQL and Keycloak under the services, to stop, kill and start again in fault tests
     * ({@code stack.infrastructure().killKafka()}).
     */
    public synchronized StackInfrastructure infrastructure() {
        if (infrastructure == null) {
            throw new IllegalStateException("the stack has not been started");
        }
        return infrastructure;
    }

    // ---------------------------------------------------------------------------------------------------- stopping

    /**
     * Stops everything: the services first (SIGTERM, then SIGKILL after 20 s), then Kafka and PostgreSQL, then deletes
     * the temporary directory if there is one. Idempotent.
     */
    public synchronized void stop() {
        if (stopped || !started) {
            stopped = true;
            return;
        }
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from a shutdown hook; nothing to remove
        }
        options.progress().accept("Stopping the services ...");
        processes.stopAll();
        infrastructure.close();
        if (tempDir != null) {
            ChildProcessSupport.deleteRecursively(tempDir);
        }
        options.progress().accept("Stopped.");
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------------------------------------------- accessors

    /** The base URL of the service's first instance, e.g. {@code http://localhost:8081}. */
    public URI serviceUrl(String name) {
        return serviceUrl(name, 1);
    }

    public URI serviceUrl(String name, int number) {
        return processes().url(instance(name, number));
    }

    /** The operating system's id of the service's first process (a benchmark reads its memory from {@code /proc}). */
    public long pid(String name) {
        return processes().process(instance(name, 1)).pid();
    }

    /** Whether the service's first instance is running (it may not be ready). */
    public boolean isRunning(String name) {
        return isRunning(name, 1);
    }

    public boolean isRunning(String name, int number) {
        return processes().isRunning(instance(name, number));
    }

    public String kafkaBootstrapServers() {
        return infrastructure().kafka().bootstrapServers();
    }

    /** Keycloak, when the stack was built with {@link StackOptions.Builder#keycloak(int)}; the services trust its tokens. */
    public KeycloakServer keycloak() {
        if (options.keycloakPort < 0) {
            throw new IllegalStateException("this stack runs without Keycloak; see StackOptions.Builder#keycloak(int)");
        }
        KeycloakServer keycloak = infrastructure().keycloakOrNull();
        if (keycloak == null) {
            throw new IllegalStateException("the stack has not been started");
        }
        return keycloak;
    }

    public boolean hasKeycloak() {
        return options.keycloakPort >= 0;
    }

    /** The PostgreSQL server: {@code postgres().jdbcUrl(database)}, {@code PostgresServer.USER} / {@code PASSWORD}. */
    public PostgresServer postgres() {
        return infrastructure().postgres();
    }

    /** The JDBC URL of the service's own database. */
    public String jdbcUrl(String name) {
        if (StackService.named(name).database() == null) {
            throw new IllegalArgumentException(name + " has no database");
        }
        return postgres().jdbcUrl(StackService.named(name).database());
    }

    public synchronized Path logDir() {
        return logDir;
    }

    /** The last {@code lines} lines of the service's first instance's log (for error messages and failing tests). */
    public String logTail(String name, int lines) {
        return processes().logTail(instance(name, 1), lines);
    }

    private ServiceProcesses.Instance instance(String name, int number) {
        return processes().instance(StackService.named(name), number);
    }

    private synchronized ServiceProcesses processes() {
        if (processes == null) {
            throw new IllegalStateException("the stack has not been started");
        }
        return processes;
    }
}
