package org.shortagewatch.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to start a {@link KeycloakServer}; see {@link KeycloakServer#options()}. Its JVM options (JAVA_OPTS_APPEND)
 * default to {@code -XX:TieredStopAtLevel=1} (C1 only: about 70 MB less memory, and no slower to start on two
 * cores), its ready timeout to 180 s (the first start also rebuilds the distribution).
 */
public final class KeycloakOptions extends ChildJvmOptions {

    final int port;
    final Path dataDir;
    final Path realmFile;
    final Path distribution;
    final Path javaHome;
    final Path logFile;
    final String bindAddress;
    final String heap;
    final List<String> extraArguments;

    private KeycloakOptions(Builder b) {
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

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code kc.sh start-dev} with the HTTP port on {@link Builder#bindAddress}, the hostname fixed to
     * {@code http://localhost:<port>} (so the issuer in every token is the same however a client reaches it), and the
     * realm imported.
     */
    List<String> command(Path script, int port) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString(),
                "start-dev",
                "--http-host=" + bindAddress,
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--import-realm"));
        command.addAll(KeycloakDistribution.BUILD_OPTIONS);
        command.addAll(extraArguments);
        return command;
    }

    /** The child's environment: the JDK, heap and JVM options, and the bootstrap administrator of the master realm. */
    void environment(Map<String, String> env, JdkFinder.Jdk jdk) {
        // nothing from the caller's environment changes how Keycloak runs: only what is set here
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || List.of("JAVA_ADD_OPENS", "JAVA", "DEBUG", "DEBUG_PORT").contains(name));
        env.put("JAVA_HOME", jdk.home().toString());
        env.put("JAVA_OPTS_KC_HEAP", heap);
        List<String> jvmOptions = new ArrayList<>(javaOptions());
        // JBoss Threads resets thread locals through java.lang internals; on Java 24 and later, without this opening,
        // Keycloak's worker threads die at the first request that needs one (kc.sh of 26.5 does not open it)
        jvmOptions.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        env.put("JAVA_OPTS_APPEND", String.join(" ", jvmOptions));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakServer.ADMIN_PASSWORD);
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

        /** An unpacked Keycloak distribution; default {@link KeycloakDistribution#locate()}. */
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

        public KeycloakOptions build() {
            return new KeycloakOptions(this);
        }
    }
}
