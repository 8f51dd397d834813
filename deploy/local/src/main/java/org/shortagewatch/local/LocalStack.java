package org.shortagewatch.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.shortagewatch.infra.ChildJvmOptions;
import org.shortagewatch.infra.ChildProcessSupport;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KafkaNode;
import org.shortagewatch.infra.KafkaProcess;
import org.shortagewatch.infra.KeycloakServer;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.TcpProxy;
import org.shortagewatch.infra.TokenIssuer;
import org.shortagewatch.infra.Unchecked;

/**
 * The whole system on this machine, without Docker: a real Kafka broker and a real PostgreSQL server (both in
 * this JVM, via deploy/infra) and the three services as child processes running their built Quarkus jars. As in
 * production, each service migrates its database as the owner and connects as a role that owns nothing
 * ({@link Service#runtimeRole()}).
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

    /**
     * A service of the system: its module name under services/, its usual HTTP port and its database ({@code null}
     * for the portal, which owns no data).
     */
    public record Service(String name, int defaultPort, String database) {

        /** Where {@code ./mvnw install} puts the service's runnable jar. */
        public Path jar(Path projectRoot) {
            return projectRoot.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }

        /**
         * The role the service's pool connects as ({@code report_app}, ...): it owns nothing and holds what the
         * migrations' grants give it; the migrations run as {@link PostgresServer#USER}, the databases' owner. Its
         * password is its name (the embedded server trusts local connections anyway). {@code null} for the portal.
         */
        public String runtimeRole() {
            return database == null ? null : database + "_app";
        }
    }

    /** Every service, in start order. */
    public static final List<Service> SERVICES = List.of(
            new Service(MANUFACTURER_REPORT, 8081, "report"),
            new Service(WHOLESALER_ALLOCATION, 8082, "allocation"),
            new Service(NOTIFICATION, 8083, "notification"));

    /**
     * The web portal: started after the three services when the options ask for it ({@link Options.Builder#portal}),
     * with Keycloak as its OpenID Connect provider; no database, no Kafka.
     */
    /**
     * How a service's JVM runs, as in its container image (deploy/compose/Dockerfile): a 256 MB heap with the serial
     * collector (what the JVM itself picks on a small machine), a smaller code cache and thread stacks, so a service
     * stays under 512 MB resident while it takes the largest file it accepts (bench/uploads measures it).
     */
    public static final List<String> SERVICE_JAVA_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    public static final Service PORTAL_SERVICE = new Service(PORTAL, 8080, null);

    public static final int STANDARD_KAFKA_PORT = 19092;
    public static final int STANDARD_POSTGRES_PORT = 15432;
    public static final int STANDARD_KEYCLOAK_PORT = 8180;

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration START_WAIT_AT_STOP = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(300);

    private final Options options;
    private Path logDir;
    private Path tempDir; // deleted at stop; null with a data directory
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final Set<Process> killed = ConcurrentHashMap.newKeySet(); // by kill(): no need to report their exit
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::stop, "local-stack-stop");
    private CompletableFuture<KafkaNode> kafkaStart;
    private CompletableFuture<PostgresServer> postgresStart;
    private CompletableFuture<KeycloakServer> keycloakStart;
    private volatile KafkaNode kafka;
    private volatile PostgresServer postgres;
    private volatile TcpProxy postgresProxy; // between the services and PostgreSQL, when the options ask for one
    private volatile KeycloakServer keycloak;
    private boolean started;
    private volatile boolean stopped;
    private TokenIssuer tokens;

    /** A stack that is not started yet; see {@link #start()}. */
    public LocalStack(Options options) {
        this.options = options;
    }

    /** Options for a stack of the project at {@code projectRoot}; by default everything on free ports, in temp dirs. */
    public static Options.Builder options(Path projectRoot) {
        return new Options.Builder(projectRoot);
    }

    /**
     * Starts Kafka and PostgreSQL in parallel, creates the services' databases and their runtime roles
     * ({@link Service#runtimeRole()}), then starts every service and waits until each one is ready. On failure everything already started is stopped again before the exception is thrown.
     * A stack starts once; after {@link #stop()} create a new one (with the same data directory to keep the data).
     *
     * @return this stack
     * @throws IllegalStateException if a service jar is missing, or a service does not get ready in time (the message
     *     then ends with the tail of its log)
     */
    public LocalStack start() throws Exception {
        List<Path> missing = missingJars(options.projectRoot);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("service jar(s) not built: " + missing
                    + " - build them with `./mvnw -DskipTests install` in " + options.projectRoot);
        }
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
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        if (options.portal && !Files.isRegularFile(PORTAL_SERVICE.jar(options.projectRoot))) {
            throw new IllegalStateException("the portal's jar is not built: " + PORTAL_SERVICE.jar(options.projectRoot)
                    + " - build it with `./mvnw -DskipTests install` in " + options.projectRoot);
        }
        try {
            startInfrastructure();
            for (Service service : SERVICES) {
                launch(service, false, Map.of());
            }
            if (options.portal) {
                // the services' ports are known now; the portal calls them only when a page asks
                launch(PORTAL_SERVICE, false, Map.of());
            }
            // the services boot concurrently; wait for each in turn
            for (Service service : startedServices()) {
                awaitReady(service.name());
            }
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

    /** The services this stack runs: {@link #SERVICES}, and {@link #PORTAL_SERVICE} when the options ask for it. */
    public List<Service> startedServices() {
        if (!options.portal) {
            return SERVICES;
        }
        List<Service> all = new ArrayList<>(SERVICES);
        all.add(PORTAL_SERVICE);
        return List.copyOf(all);
    }

    /** Whether this stack runs the portal ({@link Options.Builder#portal(int)}). */
    public boolean hasPortal() {
        return options.portal;
    }

    /** Whether the portal's jar is built under {@code projectRoot}. */
    public static boolean portalBuilt(Path projectRoot) {
        return Files.isRegularFile(PORTAL_SERVICE.jar(projectRoot));
    }

    /** The jars of {@link #SERVICES} that are not built yet under {@code projectRoot}. */
    public static List<Path> missingJars(Path projectRoot) {
        return SERVICES.stream().map(s -> s.jar(projectRoot)).filter(jar -> !Files.isRegularFile(jar)).toList();
    }

    private void startInfrastructure() throws Exception {
        Path data = options.dataDir;
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("the stack was stopped while starting");
            }
            options.progress().accept("Starting Kafka and PostgreSQL ...");
            // in parallel; stop() waits for these and closes whatever came up, so nothing is left running
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
        checkReachable(kafka.bootstrapServers());
        for (Service service : SERVICES) {
            postgres.ensureDatabase(service.database());
            postgres.ensureLoginRole(service.runtimeRole(), service.runtimeRole());
        }
        if (options.postgresProxy) {
            postgresProxy = TcpProxy.start(0, postgres.port());
        }
    }

    /** The port the services reach PostgreSQL on: the server's own, or the proxy's in front of it. */
    private int servicesPostgresPort() {
        return postgresProxy != null ? postgresProxy.port() : postgres.port();
    }

    /** Fails clearly if the broker does not listen where it says it does (rather than every service failing later). */
    private static void checkReachable(String bootstrapServers) {
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

    // ---------------------------------------------------------------------------------------------------- services

    /** Starts the service's process; the first start of a stack truncates its log, later ones append to it. */
    private synchronized void launch(Service service, boolean appendLog, Map<String, String> envOverrides)
            throws IOException {
        if (stopped) {
            throw new IllegalStateException("the stack is stopped");
        }
        int port = ports.computeIfAbsent(service.name(), name -> {
            int configured = options.servicePorts.getOrDefault(name, 0);
            return configured > 0 ? configured : ChildProcessSupport.freePort();
        });
        Files.createDirectories(logDir);
        Path log = logFile(service.name());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.javaOptions());
        command.add("-jar");
        command.add(service.jar(options.projectRoot).toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                // the module directory, as when one runs the jar by hand there
                .directory(options.projectRoot.resolve("services").resolve(service.name()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // glibc's default of eight arenas per core holds freed native memory a JVM never gives back
        env.put("MALLOC_ARENA_MAX", "2");
        if (service.database() == null) {
            portalEnvironment(env);
        } else {
            serviceEnvironment(service, env);
        }
        env.putAll(options.env.getOrDefault(service.name(), Map.of()));
        env.putAll(envOverrides);
        options.progress().accept("Starting " + service.name() + " on port " + port + " (log: " + log + ")");
        Process process = builder.start();
        processes.put(service.name(), process);
        process.onExit().thenAccept(this::reportUnexpectedExit);
    }

    /**
     * What the portal needs (services/portal/README.md, "Configuration"): Keycloak's issuer and the portal client's
     * secret, and where the three services answer. Their ports are fixed by the time the portal launches.
     */
    private void portalEnvironment(Map<String, String> env) {
        env.put("SHORTAGEWATCH_OIDC_ISSUER", keycloak.issuer());
        env.put("SHORTAGEWATCH_OIDC_CLIENT_SECRET", DemoRealm.PORTAL.secret());
        env.put("QUARKUS_REST_CLIENT_REPORT_URL", serviceUrl(MANUFACTURER_REPORT).toString());
        env.put("QUARKUS_REST_CLIENT_ALLOCATION_URL", serviceUrl(WHOLESALER_ALLOCATION).toString());
        env.put("QUARKUS_REST_CLIENT_NOTIFICATION_URL", serviceUrl(NOTIFICATION).toString());
    }

    private void serviceEnvironment(Service service, Map<String, String> env) {
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", PostgresServer.reactiveUrl(servicesPostgresPort(), service.database()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresServer.jdbcUrl(servicesPostgresPort(), service.database()));
        // least privilege, as in production: Flyway migrates as the owner, the pool connects as a role that owns nothing
        env.put("QUARKUS_FLYWAY_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_FLYWAY_PASSWORD", PostgresServer.PASSWORD);
        env.put("QUARKUS_DATASOURCE_USERNAME", service.runtimeRole());
        env.put("QUARKUS_DATASOURCE_PASSWORD", service.runtimeRole());
        if (keycloak != null) {
            // the real OpenID Connect provider: its issuer and its published keys
            env.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl());
        } else {
            env.put("MP_JWT_VERIFY_ISSUER", tokens.issuer());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwksFile().toUri().toString());
        }
        if (service.name().equals(NOTIFICATION)) {
            // the developer stack's SMTP address (Mailpit's port); mail waits in the ledger until one listens there
            env.put("QUARKUS_MAILER_HOST", "localhost");
            env.put("QUARKUS_MAILER_PORT", "1025");
        }
    }

    private void reportUnexpectedExit(Process process) {
        if (!stopped && !killed.remove(process)) {
            processes.entrySet().stream().filter(e -> e.getValue() == process).findFirst().ifPresent(e ->
                    options.progress().accept(e.getKey() + " exited with code " + process.exitValue()
                            + "; see " + logFile(e.getKey())));
        }
    }

    private static String since(long begin) {
        return String.format(" (%.1f s)", (System.nanoTime() - begin) / 1e9);
    }

    /** Waits until the service answers its readiness check with 200. */
    private void awaitReady(String name) throws InterruptedException {
        long begin = System.nanoTime();
        Process process = process(name);
        URI ready = serviceUrl(name).resolve("/q/health/ready");
        long deadline = System.nanoTime() + options.readyTimeout().toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready; end of " + logFile(name) + ":\n" + logTail(name, 40));
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    options.progress().accept(name + " ready at " + serviceUrl(name) + since(begin));
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready within " + options.readyTimeout().toSeconds()
                        + " s at " + ready + "; end of " + logFile(name) + ":\n" + logTail(name, 40));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** Crashes the service: SIGKILL, no graceful shutdown, and waits until the process is gone. */
    public void kill(String name) throws InterruptedException {
        Process process = process(name);
        killed.add(process);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the service as an orchestrator does (SIGTERM, SIGKILL after 20 s) and waits until it is gone. */
    public void stopService(String name) throws InterruptedException {
        Process process = process(name);
        killed.add(process);
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * Starts the service again (after {@link #kill} or {@link #stopService}) with the same port and configuration, and waits until it is ready.
     * Its output is appended to the same log file.
     */
    public void startService(String name) throws IOException, InterruptedException {
        startService(name, Map.of());
    }

    /** As {@link #startService(String)}, with these environment variables set or replaced for this start only. */
    public void startService(String name, Map<String, String> envOverrides) throws IOException, InterruptedException {
        if (process(name).isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch(service(name), true, envOverrides);
        awaitReady(name);
    }

    // ------------------------------------------------------------------------------------- infrastructure faults

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
        for (Service service : SERVICES) {
            fresh.ensureLoginRole(service.runtimeRole(), service.runtimeRole());
        }
    }

    /**
     * Stops the Kafka broker as an operator would; the services keep running. Needs a data directory and a fixed
     * Kafka port, or Kafka as a process ({@link Options.Builder#kafkaAsProcess()}), which keeps its ports.
     */
    public void stopKafka() throws Exception {
        requireRestartableKafka();
        requireStarted(kafka).close();
    }

    /**
     * Kills the Kafka broker with SIGKILL (no shutdown, no flush); the services keep running. Needs Kafka as a
     * process ({@link Options.Builder#kafkaAsProcess()}). Start it again with {@link #startKafka()}.
     */
    public void killKafka() throws Exception {
        if (!(requireStarted(kafka) instanceof KafkaProcess process)) {
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

    /** In-JVM: {@code kafka/} of the data directory, or a fresh temporary one; a process: {@code kafka-process/}. */
    private KafkaNode startKafkaNode() throws Exception {
        Path dir;
        if (options.kafkaAsProcess) {
            dir = (options.dataDir != null ? options.dataDir : tempDir).resolve("kafka-process");
        } else {
            dir = options.dataDir == null ? null : options.dataDir.resolve("kafka");
        }
        return KafkaNode.start(options.kafkaAsProcess, dir, options.kafkaPort, options.kafkaPartitions);
    }

    private void requireRestartableKafka() {
        if (!options.kafkaAsProcess) {
            requireDataDir("stop and start Kafka");
            if (options.kafkaPort <= 0) {
                throw new IllegalStateException("to stop and start Kafka, give the stack a fixed Kafka port");
            }
        }
    }

    /** The proxy between the services and PostgreSQL (options {@code postgresBehindProxy()}). */
    public TcpProxy postgresProxy() {
        if (postgresProxy == null) {
            throw new IllegalStateException("this stack has no proxy in front of PostgreSQL");
        }
        return postgresProxy;
    }

    private void requireDataDir(String what) {
        if (options.dataDir == null) {
            throw new IllegalStateException("to " + what + ", give the stack a data directory");
        }
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
        processes.values().forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Process process : processes.values()) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (keycloakStart != null) {
            options.progress().accept("Stopping Keycloak ...");
            closeQuietly(keycloakStart, "Keycloak");
        }
        options.progress().accept("Stopping Kafka and PostgreSQL ...");
        if (postgresProxy != null) {
            postgresProxy.close();
        }
        closeQuietly(kafkaStart, "Kafka");
        if (!closeQuietly(postgresStart, "PostgreSQL") && postgresStart != null && options.dataDir != null) {
            stopStrayPostgres(options.dataDir.resolve("postgres"));
        }
        if (tempDir != null) {
            ChildProcessSupport.deleteRecursively(tempDir);
        }
        options.progress().accept("Stopped.");
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Waits for the start to end (it may still run if Ctrl-C came early) and closes what it started. The wait is
     * bounded: zonky's own shutdown hook stops a PostgreSQL whose start was interrupted (its start then only times out
     * after a minute), and an in-JVM Kafka broker ends with the JVM anyway.
     */
    private static boolean closeQuietly(CompletableFuture<? extends AutoCloseable> start, String what) {
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

    /**
     * Stops a postmaster that runs on the data directory although its start failed. That happens when Ctrl-C comes
     * while zonky starts it: zonky launches the server, then fails to register its shutdown hook, and gives up
     * without stopping it.
     */
    private static void stopStrayPostgres(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(postmaster -> {
                        postmaster.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown; no clients are left
                        try {
                            postmaster.onExit().get(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            postmaster.destroyForcibly();
                        }
                    });
        } catch (IOException | RuntimeException e) {
            System.err.println("could not check for a PostgreSQL still running on " + pgData + ": " + e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- accessors

    /** The service's base URL, e.g. {@code http://localhost:8081}. */
    public URI serviceUrl(String name) {
        Integer port;
        synchronized (this) {
            port = ports.get(service(name).name());
        }
        if (port == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return URI.create("http://localhost:" + port);
    }

    public synchronized int servicePort(String name) {
        return serviceUrl(name).getPort();
    }

    /** The operating system's id of the service's process (a benchmark reads its memory from {@code /proc}). */
    public synchronized long pid(String name) {
        Process process = processes.get(service(name).name());
        if (process == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return process.pid();
    }

    /** Whether the service's process is running (it may not be ready). */
    public synchronized boolean isRunning(String name) {
        Process process = processes.get(service(name).name());
        return process != null && process.isAlive();
    }

    public String kafkaBootstrapServers() {
        return requireStarted(kafka).bootstrapServers();
    }

    /** Keycloak, when the stack was built with {@link Options.Builder#keycloak(int)}; the services trust its tokens. */
    public KeycloakServer keycloak() {
        if (options.keycloakPort < 0) {
            throw new IllegalStateException("this stack runs without Keycloak; see Options.Builder#keycloak(int)");
        }
        return requireStarted(keycloak);
    }

    public boolean hasKeycloak() {
        return options.keycloakPort >= 0;
    }

    /** The PostgreSQL server: {@code postgres().jdbcUrl(database)}, {@code PostgresServer.USER} / {@code PASSWORD}. */
    public PostgresServer postgres() {
        return requireStarted(postgres);
    }

    private static <T> T requireStarted(T infrastructure) {
        if (infrastructure == null) {
            throw new IllegalStateException("the stack has not been started");
        }
        return infrastructure;
    }

    /** The JDBC URL of the service's own database. */
    public String jdbcUrl(String name) {
        if (service(name).database() == null) {
            throw new IllegalArgumentException(name + " has no database");
        }
        return postgres().jdbcUrl(service(name).database());
    }

    public synchronized Path logDir() {
        return logDir;
    }

    public Path logFile(String name) {
        return logDir().resolve(service(name).name() + ".log");
    }

    /** The last {@code lines} lines of the service's log (for error messages and failing tests). */
    public String logTail(String name, int lines) {
        return ChildProcessSupport.logTail(logFile(name), lines);
    }

    public Options options() {
        return options;
    }

    private static Service service(String name) {
        if (name.equals(PORTAL)) {
            return PORTAL_SERVICE;
        }
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such service: " + name + "; one of "
                        + SERVICES.stream().map(Service::name).toList() + " or " + PORTAL));
    }

    private synchronized Process process(String name) {
        Process process = processes.get(service(name).name());
        if (process == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return process;
    }

    // ---------------------------------------------------------------------------------------------------- options

    /**
     * How to start a {@link LocalStack}; see {@link LocalStack#options(Path)}. Its JVM options go to every service
     * process (none by default); its ready timeout is each service's (default 120 s); its progress reports say what
     * starts, gets ready, exits and stops.
     */
    public static final class Options extends ChildJvmOptions {

        final Path projectRoot;
        final Path dataDir;
        final Path logDir;
        final int kafkaPort;
        final int kafkaPartitions;
        final boolean kafkaAsProcess;
        final int postgresPort;
        final boolean postgresProxy;
        final int keycloakPort;
        final boolean portal;
        final Map<String, Integer> servicePorts;
        final Map<String, Map<String, String>> env;

        private Options(Builder b) {
            super(b);
            projectRoot = b.projectRoot.toAbsolutePath().normalize();
            dataDir = b.dataDir == null ? null : b.dataDir.toAbsolutePath().normalize();
            logDir = b.logDir == null ? null : b.logDir.toAbsolutePath().normalize();
            kafkaPort = b.kafkaPort;
            kafkaPartitions = b.kafkaPartitions;
            kafkaAsProcess = b.kafkaAsProcess;
            postgresPort = b.postgresPort;
            postgresProxy = b.postgresProxy;
            keycloakPort = b.keycloakPort;
            portal = b.portalPort >= 0;
            if (portal && keycloakPort < 0) {
                throw new IllegalStateException("the portal signs its users in through Keycloak: add keycloak(port)");
            }
            servicePorts = Map.copyOf(b.servicePorts);
            Map<String, Map<String, String>> envCopy = new HashMap<>();
            b.env.forEach((service, vars) -> envCopy.put(service, Map.copyOf(vars)));
            env = Map.copyOf(envCopy);
        }

        public Path projectRoot() {
            return projectRoot;
        }

        public static final class Builder extends ChildJvmOptions.Builder<Builder> {

            private final Path projectRoot;
            private Path dataDir;
            private Path logDir;
            private int kafkaPort;
            private int kafkaPartitions = 3;
            private boolean kafkaAsProcess;
            private int postgresPort;
            private boolean postgresProxy;
            private int keycloakPort = -1;
            private int portalPort = -1;
            private final Map<String, Integer> servicePorts = new HashMap<>();
            private final Map<String, Map<String, String>> env = new HashMap<>();

            private Builder(Path projectRoot) {
                super(SERVICE_JAVA_OPTIONS, Duration.ofSeconds(120));
                this.projectRoot = projectRoot;
            }

            /**
             * Keeps Kafka ({@code kafka/}), PostgreSQL ({@code postgres/}) and logs ({@code logs/}) here, across runs.
             * {@code null} (the default): fresh temporary directories, deleted at stop.
             */
            public Builder dataDir(Path dataDir) {
                this.dataDir = dataDir;
                return this;
            }

            /** Where {@code <service>.log} files go; default {@code logs/} under the data or temporary directory. */
            public Builder logDir(Path logDir) {
                this.logDir = logDir;
                return this;
            }

            /**
             * Puts a {@link TcpProxy} between the services and PostgreSQL, so a test can drop or freeze their
             * connections ({@link LocalStack#postgresProxy()}).
             */
            public Builder postgresBehindProxy() {
                this.postgresProxy = true;
                return this;
            }

            /** Kafka's client port; 0 (the default) for any free port. */
            public Builder kafkaPort(int port) {
                this.kafkaPort = port;
                return this;
            }

            /** Partitions of automatically created topics; default 3. */
            public Builder kafkaPartitions(int partitions) {
                this.kafkaPartitions = partitions;
                return this;
            }

            /**
             * Runs Kafka as a process of its own (a child JVM on the launcher's class path, its data in
             * {@code kafka-process/} of the data or temporary directory) instead of inside the launcher, so that it can be killed
             * ({@link LocalStack#killKafka()}) and started again on the same data and ports.
             */
            public Builder kafkaAsProcess() {
                this.kafkaAsProcess = true;
                return this;
            }

            /** PostgreSQL's port; 0 (the default) for any free port. */
            public Builder postgresPort(int port) {
                this.postgresPort = port;
                return this;
            }

            /**
             * Runs Keycloak too (a real OpenID Connect provider with the demo realm, deploy/keycloak) on {@code port}
             * (0 for a free one), its data in {@code keycloak/} of the data directory, its log beside the services';
             * the services then trust Keycloak's tokens instead of the local signing key. Default: no Keycloak.
             */
            public Builder keycloak(int port) {
                this.keycloakPort = port;
                return this;
            }

            /**
             * Runs the web portal too (services/portal, its built jar) on {@code port} (0 for a free one), after the
             * three services, signing users in through Keycloak: needs {@link #keycloak(int)}. Default: no portal.
             */
            public Builder portal(int port) {
                this.portalPort = port;
                if (port > 0) {
                    servicePorts.put(PORTAL, port);
                } else {
                    servicePorts.remove(PORTAL);
                }
                return this;
            }

            /** The service's HTTP port; 0 (the default) for a free port, chosen at start and kept across restarts. */
            public Builder servicePort(String service, int port) {
                servicePorts.put(service(service).name(), port);
                return this;
            }

            /** Kafka 19092, PostgreSQL 15432, services 8081, 8082, 8083, the portal (if it runs) 8080. */
            public Builder standardPorts() {
                kafkaPort = STANDARD_KAFKA_PORT;
                postgresPort = STANDARD_POSTGRES_PORT;
                SERVICES.forEach(s -> servicePorts.put(s.name(), s.defaultPort()));
                servicePorts.put(PORTAL, PORTAL_SERVICE.defaultPort());
                return this;
            }

            /** An extra environment variable for the service (it wins over the stack's own ones). */
            public Builder env(String service, String name, String value) {
                env.computeIfAbsent(service(service).name(), s -> new HashMap<>()).put(name, value);
                return this;
            }

            /** Extra environment variables for the service (they win over the stack's own ones). */
            public Builder env(String service, Map<String, String> vars) {
                env.computeIfAbsent(service(service).name(), s -> new HashMap<>()).putAll(vars);
                return this;
            }

            public Options build() {
                return new Options(this);
            }
        }
    }
}
