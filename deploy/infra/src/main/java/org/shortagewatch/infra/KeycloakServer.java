package org.shortagewatch.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.jose4j.json.JsonUtil;

/**
 * A real Keycloak (the OpenID Connect provider) as a child process, from Keycloak's own server distribution on Maven
 * Central, with the demo realm ({@value DemoRealm#NAME}) imported: for tests and the local run, without Docker.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak = KeycloakServer.start()) {
 *     keycloak.issuer();   // http://localhost:<port>/realms/shortage-watch
 *     keycloak.jwksUrl();  // what the services verify tokens with
 *     keycloak.accessToken(DemoRealm.PHARMACY);
 * }
 * }</pre>
 *
 * <p><b>The distribution.</b> The build of deploy/infra unpacks {@code org.keycloak:keycloak-quarkus-dist} (zip) into
 * its {@code target/keycloak/} and records that place in this jar; {@value #HOME_PROPERTY} (system property) or
 * {@value #HOME_ENV} (environment) point elsewhere. The distribution is only read, except once: the first start in
 * development mode rebuilds ("augments") it for that mode, which takes some 15 s; a lock file next to it makes
 * concurrent first starts wait for that.
 *
 * <p><b>Each server has its own home</b> ({@code bin/kc.sh}, {@code conf/}, {@code data/}, and {@code lib/} as a link to
 * the distribution's): servers started at the same time never share a database, an import directory or a log. Without
 * a data directory the home is a fresh temporary directory, deleted on close; with one, Keycloak's database is kept
 * there across restarts, and started afresh only when the realm file changed (Keycloak imports a realm only if it does
 * not exist yet).
 *
 * <p><b>Java.</b> Keycloak 26 needs a JDK 21 or newer, found by {@link JdkFinder}. The services stay on 17.
 *
 * <p>{@code bin/kc.sh start-dev} runs with the HTTP port on the loopback address, the hostname fixed to
 * {@code http://localhost:<port>} (so the issuer in every token is the same however a client reaches it), a heap of
 * at most 512 MB, and a bootstrap administrator of the master realm (admin console: user {@value #ADMIN_USER},
 * password {@value #ADMIN_PASSWORD}, local demo only).
 */
public final class KeycloakServer implements AutoCloseable {

    /** System property naming an unpacked Keycloak distribution to use instead of the one the build unpacked. */
    public static final String HOME_PROPERTY = "shortagewatch.keycloak.home";
    /** Environment variable naming an unpacked Keycloak distribution (the system property wins). */
    public static final String HOME_ENV = "SHORTAGEWATCH_KEYCLOAK_HOME";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final int MINIMUM_JAVA = 21;

    private static final String DISTRIBUTION_PROPERTIES = "keycloak/distribution.properties";
    private static final String BUNDLED_REALM = "keycloak/shortage-watch-realm.json";
    private static final String REALM_FILE_NAME = DemoRealm.NAME + "-realm.json";
    /**
     * Build-time options (features, database vendor): always the same, or Keycloak rebuilds itself at start. None:
     * turning off the features the demo never uses did not make the start measurably shorter.
     */
    private static final List<String> BUILD_OPTIONS = List.of();
    /** Written into the distribution once it is built for development mode with {@link #BUILD_OPTIONS}. */
    private static final String BUILT_MARKER = "shortage-watch-start-dev.txt";
    private static final ReentrantLock BUILD_LOCK_IN_THIS_JVM = new ReentrantLock();
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(250);

    private final Options options;
    private final int port;
    private final Path home;
    private final boolean temporaryHome;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::close, "keycloak-stop");
    private final KeycloakTokens tokens;
    private Process process;
    private volatile boolean closed;

    private KeycloakServer(Options options, int port, Path home, boolean temporaryHome) {
        this.options = options;
        this.port = port;
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.logFile = options.logFile != null ? options.logFile : home.resolve("keycloak.log");
        this.tokens = new KeycloakTokens(baseUrl());
    }

    /** A server on a free port, in a fresh temporary home, with the demo realm. */
    public static KeycloakServer start() throws Exception {
        return start(options().build());
    }

    public static Options.Builder options() {
        return new Options.Builder();
    }

    /**
     * Starts a server and waits until the realm's discovery document answers with the expected issuer. On failure
     * nothing is left running and the exception's message ends with the tail of Keycloak's log.
     */
    public static KeycloakServer start(Options options) throws Exception {
        Path distribution = options.distribution != null ? options.distribution : locateDistribution();
        JdkFinder.Jdk jdk = options.javaHome != null
                ? JdkFinder.inspect(options.javaHome).filter(j -> j.feature() >= MINIMUM_JAVA)
                        .orElseThrow(() -> new IllegalStateException(options.javaHome + " is not a JDK "
                                + MINIMUM_JAVA + " or newer"))
                : JdkFinder.find(MINIMUM_JAVA);
        int port = options.port > 0 ? options.port : ChildProcessSupport.freePort();
        boolean temporary = options.dataDir == null;
        Path home = temporary ? Files.createTempDirectory("keycloak-") : options.dataDir.toAbsolutePath().normalize();
        KeycloakServer server = new KeycloakServer(options, port, home, temporary);
        try {
            server.launch(distribution, jdk);
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    private void launch(Path distribution, JdkFinder.Jdk jdk) throws Exception {
        byte[] realm = options.realmFile != null ? Files.readAllBytes(options.realmFile) : bundledRealm();
        prepareHome(distribution, realm);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        long begin = System.nanoTime();
        Path marker = distribution.resolve("lib").resolve("quarkus").resolve(BUILT_MARKER);
        String expectedBuild = String.join(" ", BUILD_OPTIONS) + "\n";
        if (expectedBuild.equals(readOrNull(marker))) {
            startProcess(jdk);
            awaitReady(begin);
        } else {
            // The first start-dev rebuilds the distribution in place; others wait for it rather than rebuild alongside.
            BUILD_LOCK_IN_THIS_JVM.lock();
            try (FileChannel channel = FileChannel.open(distribution.resolveSibling(distribution.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!expectedBuild.equals(readOrNull(marker))) {
                    options.progress().accept("Keycloak: first start of " + distribution.getFileName()
                            + " in development mode; it rebuilds itself for that once (about 15 s more)");
                }
                startProcess(jdk);
                awaitReady(begin);
                Files.writeString(marker, expectedBuild);
            } finally {
                BUILD_LOCK_IN_THIS_JVM.unlock();
            }
        }
        Files.writeString(home.resolve("data").resolve("realm.sha256"), sha256(realm));
        options.progress().accept("Keycloak ready at " + baseUrl() + " in " + (System.nanoTime() - begin) / 1_000_000
                + " ms (Java " + jdk.feature() + ", log " + logFile + ")");
    }

    /** Lays out this server's own home: bin/kc.sh, conf/, data/import/ and lib/ linked to the distribution's. */
    private void prepareHome(Path distribution, byte[] realm) throws IOException {
        Files.createDirectories(home);
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.copy(distribution.resolve("bin").resolve("kc.sh"), bin.resolve("kc.sh"), StandardCopyOption.REPLACE_EXISTING);
        copyTree(distribution.resolve("conf"), home.resolve("conf"));
        Files.createDirectories(home.resolve("providers"));
        Files.createDirectories(home.resolve("themes"));
        Path lib = home.resolve("lib");
        Path target = distribution.resolve("lib").toAbsolutePath();
        if (Files.isSymbolicLink(lib) && !Files.readSymbolicLink(lib).equals(target)) {
            Files.delete(lib); // a home kept from an older distribution
        }
        if (!Files.exists(lib, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(lib, target);
        }
        Path data = Files.createDirectories(home.resolve("data"));
        String previous = readOrNull(data.resolve("realm.sha256"));
        if (previous != null && !previous.equals(sha256(realm)) && Files.exists(data.resolve("h2"))) {
            options.progress().accept("Keycloak: the realm file changed since the last start; starting with a fresh "
                    + "Keycloak database in " + data.resolve("h2") + " so that it is imported again");
            ChildProcessSupport.deleteRecursively(data.resolve("h2"));
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.write(imports.resolve(REALM_FILE_NAME), realm);
        if (logFile.getParent() != null) {
            Files.createDirectories(logFile.getParent());
        }
    }

    private void startProcess(JdkFinder.Jdk jdk) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=" + options.bindAddress,
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--import-realm"));
        command.addAll(BUILD_OPTIONS);
        command.addAll(options.extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        // nothing from the caller's environment changes how Keycloak runs: only what is set here
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || name.equals("JAVA_ADD_OPENS") || name.equals("JAVA") || name.equals("DEBUG") || name.equals("DEBUG_PORT"));
        env.put("JAVA_HOME", jdk.home().toString());
        env.put("JAVA_OPTS_KC_HEAP", options.heap);
        List<String> jvmOptions = new ArrayList<>(options.javaOptions());
        // JBoss Threads resets thread locals through java.lang internals; on Java 24 and later, without this opening,
        // Keycloak's worker threads die at the first request that needs one (kc.sh of 26.5 does not open it)
        jvmOptions.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        env.put("JAVA_OPTS_APPEND", String.join(" ", jvmOptions));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Files.writeString(logFile, "--- " + Instant.now() + " " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Keycloak was stopped while starting");
            }
            process = builder.start();
        }
    }

    private void awaitReady(long begin) throws Exception {
        long deadline = begin + options.readyTimeout().toNanos();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with status " + process.exitValue()
                        + " while starting; the end of " + logFile + ":\n" + logTail(40));
            }
            if (closed) {
                throw new IllegalStateException("Keycloak was stopped while starting");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(discovery)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    Object issuer = JsonUtil.parseJson(response.body()).get("issuer");
                    if (!issuer().equals(issuer)) {
                        throw new IllegalStateException("Keycloak answers with issuer " + issuer + ", expected "
                                + issuer());
                    }
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not get ready within " + options.readyTimeout().toSeconds()
                        + " s; the end of " + logFile + ":\n" + logTail(40));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    // ---------------------------------------------------------------------------------------------------- endpoints

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>/realms/shortage-watch}: the {@code iss} of every token of the realm. */
    public String issuer() {
        return baseUrl() + "/realms/" + DemoRealm.NAME;
    }

    /** The realm's public keys: {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} of the services. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String authorizationUrl() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    /** RP-initiated logout ({@code end_session_endpoint}). */
    public String logoutUrl() {
        return issuer() + "/protocol/openid-connect/logout";
    }

    public String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    /** The admin console (master realm user {@value #ADMIN_USER}). */
    public String adminConsoleUrl() {
        return baseUrl() + "/admin/master/console/#/" + DemoRealm.NAME;
    }

    /** This server's home: its configuration, database ({@code data/h2}) and imported realm. */
    public Path home() {
        return home;
    }

    public Path logFile() {
        return logFile;
    }

    /** The PID of the Java process serving (or of kc.sh while it starts). */
    public long pid() {
        ProcessHandle handle = process.toHandle();
        return handle.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElse(handle).pid();
    }

    // ---------------------------------------------------------------------------------------------------- tokens

    /** Tokens of the demo realm from this server (password grant of demo-cli with TOTP, client credentials). */
    public KeycloakTokens tokens() {
        return tokens;
    }

    /** {@code tokens().accessToken(user)}: the password grant, with a fresh TOTP code where the user has one. */
    public String accessToken(DemoRealm.User user) {
        return tokens.accessToken(user);
    }

    /** {@code tokens().accessToken(client)}: the client credentials grant. */
    public String accessToken(DemoRealm.Client client) {
        return tokens.accessToken(client);
    }

    /** {@code tokens().totpCode(user)}: a code this server accepts now and has not seen from this JVM. */
    public String totpCode(DemoRealm.User user) {
        return tokens.totpCode(user);
    }

    /** {@code tokens().tokenRequest(form)}. */
    public Map<String, Object> tokenRequest(Map<String, String> form) {
        return tokens.tokenRequest(form);
    }

    /** {@code tokens().tokenRequest(form, tokenEndpoint)}. */
    public Map<String, Object> tokenRequest(Map<String, String> form, String tokenEndpoint) {
        return tokens.tokenRequest(form, tokenEndpoint);
    }

    // ---------------------------------------------------------------------------------------------------- stop

    /** Stops Keycloak (SIGTERM, then SIGKILL after 20 s) and every process it started; idempotent. */
    @Override
    public void close() {
        Process started;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            started = process;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException notRegisteredOrShuttingDown) {
            // nothing to remove
        }
        if (started != null) {
            stopTree(started.toHandle());
        }
        if (temporaryHome) {
            // lib/ (a link to the distribution) is removed, never what it points at
            ChildProcessSupport.deleteRecursively(home);
        }
    }

    private static void stopTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        // kc.sh forwards SIGTERM to Keycloak's JVM; signal that JVM too, in case kc.sh is gone or busy
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle p : all) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /**
     * The unpacked distribution: {@value #HOME_PROPERTY}, else {@value #HOME_ENV}, else where the build of
     * deploy/infra unpacked it.
     */
    public static Path locateDistribution() {
        String explicit = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        Path dist;
        if (explicit != null && !explicit.isBlank()) {
            dist = Path.of(explicit);
        } else {
            Properties built = new Properties();
            try (InputStream in = KeycloakServer.class.getResourceAsStream(DISTRIBUTION_PROPERTIES)) {
                if (in == null) {
                    throw new IllegalStateException(DISTRIBUTION_PROPERTIES + " is missing next to "
                            + KeycloakServer.class.getName() + "; build deploy/infra with Maven");
                }
                built.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dist = Path.of(built.getProperty("home"));
        }
        if (!Files.isRegularFile(dist.resolve("bin").resolve("kc.sh"))
                || !Files.isRegularFile(dist.resolve("lib").resolve("quarkus-run.jar"))) {
            throw new IllegalStateException("no Keycloak distribution at " + dist + " (bin/kc.sh, lib/quarkus-run.jar);"
                    + " build deploy/infra (`./mvnw -pl deploy/infra install`), which unpacks it, or set "
                    + HOME_PROPERTY + " / " + HOME_ENV + " to an unpacked keycloak-<version> directory");
        }
        return dist.toAbsolutePath().normalize();
    }

    private static byte[] bundledRealm() throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(BUNDLED_REALM)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_REALM + " is missing next to " + KeycloakServer.class.getName());
            }
            return in.readAllBytes();
        }
    }

    /** The last {@code lines} lines of Keycloak's log. */
    public String logTail(int lines) {
        return ChildProcessSupport.logTail(logFile, lines);
    }

    private static String readOrNull(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- options

    /**
     * How to start a {@link KeycloakServer}; see {@link KeycloakServer#options()}. Its JVM options (JAVA_OPTS_APPEND)
     * default to {@code -XX:TieredStopAtLevel=1} (C1 only: about 70 MB less memory, and no slower to start on two
     * cores), its ready timeout to 180 s (the first start also rebuilds the distribution).
     */
    public static final class Options extends ChildJvmOptions {

        final int port;
        final Path dataDir;
        final Path realmFile;
        final Path distribution;
        final Path javaHome;
        final Path logFile;
        final String bindAddress;
        final String heap;
        final List<String> extraArguments;

        private Options(Builder b) {
            super(b);
            port = b.port;
            dataDir = b.dataDir;
            realmFile = b.realmFile;
            distribution = b.distribution;
            javaHome = b.javaHome;
            logFile = b.logFile == null ? null : b.logFile.toAbsolutePath().normalize();
            bindAddress = b.bindAddress;
            heap = b.heap;
            extraArguments = List.copyOf(b.extraArguments);
        }

        public static final class Builder extends ChildJvmOptions.Builder<Builder> {

            private int port;
            private Path dataDir;
            private Path realmFile;
            private Path distribution;
            private Path javaHome;
            private Path logFile;
            private String bindAddress = "127.0.0.1";
            private String heap = "-Xms64m -Xmx512m";
            private final List<String> extraArguments = new ArrayList<>();

            private Builder() {
                super(List.of("-XX:TieredStopAtLevel=1"), Duration.ofSeconds(180));
            }

            /** The HTTP port; 0 (the default) for a free one. */
            public Builder port(int port) {
                this.port = port;
                return this;
            }

            /**
             * Keycloak's home, kept across restarts (its database in {@code data/h2}, its log). {@code null} (the
             * default): a fresh temporary directory, deleted on close.
             */
            public Builder dataDir(Path dataDir) {
                this.dataDir = dataDir;
                return this;
            }

            /** The realm to import; default the demo realm, deploy/keycloak/shortage-watch-realm.json. */
            public Builder realmFile(Path realmFile) {
                this.realmFile = realmFile;
                return this;
            }

            /** An unpacked Keycloak distribution; default {@link KeycloakServer#locateDistribution()}. */
            public Builder distribution(Path distribution) {
                this.distribution = distribution;
                return this;
            }

            /** The JDK (21 or newer) to run Keycloak with; default {@link JdkFinder#find(int)}. */
            public Builder javaHome(Path javaHome) {
                this.javaHome = javaHome;
                return this;
            }

            /** Where Keycloak's output goes; default {@code keycloak.log} in its home. */
            public Builder logFile(Path logFile) {
                this.logFile = logFile;
                return this;
            }

            /** The address to listen on; default the loopback address, 127.0.0.1. */
            public Builder bindAddress(String address) {
                this.bindAddress = address;
                return this;
            }

            /** Heap options (JAVA_OPTS_KC_HEAP); default {@code -Xms64m -Xmx512m}. */
            public Builder heap(String heap) {
                this.heap = heap;
                return this;
            }

            /** Extra arguments to {@code kc.sh start-dev}, e.g. {@code --log-level=debug} (runtime options only). */
            public Builder arguments(String... arguments) {
                extraArguments.addAll(List.of(arguments));
                return this;
            }

            public Options build() {
                return new Options(this);
            }
        }
    }
}
