package org.shortagewatch.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * <p>The server runs from {@link KeycloakDistribution} in a {@link KeycloakHome} of its own.
 *
 * <p><b>Java.</b> Keycloak 26 needs a JDK 21 or newer, found by {@link JdkFinder}. The services stay on 17.
 *
 * <p>{@code bin/kc.sh start-dev} runs with the HTTP port on the loopback address, the hostname fixed to
 * {@code http://localhost:<port>} (so the issuer in every token is the same however a client reaches it), a heap of
 * at most 512 MB, and a bootstrap administrator of the master realm (admin console: user {@value #ADMIN_USER},
 * password {@value #ADMIN_PASSWORD}, local demo only).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final int MINIMUM_JAVA = 21;

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(250);

    private final KeycloakOptions options;
    private final int port;
    private final KeycloakHome home;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::close, "keycloak-stop");
    private final KeycloakTokens tokens;
    private Process process;
    private volatile boolean closed;

    private KeycloakServer(KeycloakOptions options, int port, KeycloakHome home) {
        this.options = options;
        this.port = port;
        this.home = home;
        this.logFile = options.logFile != null ? options.logFile : home.dir().resolve("keycloak.log");
        this.tokens = new KeycloakTokens(baseUrl());
    }

    /** A server on a free port, in a fresh temporary home, with the demo realm. */
    public static KeycloakServer start() throws Exception {
        return start(options().build());
    }

    public static KeycloakOptions.Builder options() {
        return KeycloakOptions.builder();
    }

    /**
     * Starts a server and waits until the realm's discovery document answers with the expected issuer. On failure
     * nothing is left running and the exception's message ends with the tail of Keycloak's log.
     */
    public static KeycloakServer start(KeycloakOptions options) throws Exception {
        Path distribution = options.distribution != null ? options.distribution : KeycloakDistribution.locate();
        JdkFinder.Jdk jdk = options.javaHome != null
                ? JdkFinder.inspect(options.javaHome).filter(j -> j.feature() >= MINIMUM_JAVA)
                        .orElseThrow(() -> new IllegalStateException(options.javaHome + " is not a JDK "
                                + MINIMUM_JAVA + " or newer"))
                : JdkFinder.find(MINIMUM_JAVA);
        int port = options.port > 0 ? options.port : ChildProcessSupport.freePort();
        KeycloakHome home = options.dataDir == null ? new KeycloakHome(Files.createTempDirectory("keycloak-"), true)
                : new KeycloakHome(options.dataDir.toAbsolutePath().normalize(), false);
        KeycloakServer server = new KeycloakServer(options, port, home);
        try {
            server.launch(distribution, jdk);
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    private void launch(Path distribution, JdkFinder.Jdk jdk) throws Exception {
        byte[] realm = options.realmFile != null ? Files.readAllBytes(options.realmFile)
                : KeycloakDistribution.bundledRealm();
        home.prepare(distribution, realm, options.progress());
        if (logFile.getParent() != null) {
            Files.createDirectories(logFile.getParent());
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        long begin = System.nanoTime();
        KeycloakDistribution.startBuilt(distribution, options.progress(), () -> {
            startProcess(jdk);
            awaitReady(begin);
        });
        home.rememberRealm(realm);
        options.progress().accept("Keycloak ready at " + baseUrl() + " in " + (System.nanoTime() - begin) / 1_000_000
                + " ms (Java " + jdk.feature() + ", log " + logFile + ")");
    }

    private void startProcess(JdkFinder.Jdk jdk) throws IOException {
        List<String> command = options.command(home.script(), port);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.dir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        options.environment(builder.environment(), jdk);
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
        return home.dir();
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

    /** An access token of the master realm's bootstrap administrator, for Keycloak's admin API. */
    public String adminToken() {
        return (String) tokenRequest(Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN_USER,
                "password", ADMIN_PASSWORD), baseUrl() + "/realms/master/protocol/openid-connect/token")
                .get("access_token");
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
            ChildProcessSupport.stopTree(started.toHandle(), STOP_GRACE);
        }
        home.deleteIfTemporary();
    }

    /** The last {@code lines} lines of Keycloak's log. */
    public String logTail(int lines) {
        return ChildProcessSupport.logTail(logFile, lines);
    }
}
