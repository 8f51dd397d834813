package org.shortagewatch.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shortagewatch.infra.ChildJvmOptions;
import org.shortagewatch.infra.TcpProxy;

/**
 * How to start a {@link LocalStack}; see {@link LocalStack#options(Path)}. Its JVM options go to every service
 * process ({@link #SERVICE_JAVA_OPTIONS} by default); its ready timeout is each service's (default 120 s);
 * its progress reports say what starts, gets ready, exits and stops.
 */
public final class StackOptions extends ChildJvmOptions {

    /**
     * How a service's JVM runs, as in its container image (deploy/compose/Dockerfile): a 256 MB heap with the serial
     * collector (what the JVM itself picks on a small machine), a smaller code cache and thread stacks, so a service
     * stays under 512 MB resident while it takes the largest file it accepts (bench/uploads measures it).
     */
    public static final List<String> SERVICE_JAVA_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    public static final int STANDARD_KAFKA_PORT = 19092;
    public static final int STANDARD_POSTGRES_PORT = 15432;
    public static final int STANDARD_KEYCLOAK_PORT = 8180;

    final Path projectRoot;
    final Path dataDir;
    final Path logDir;
    final int kafkaPort;
    final int kafkaPartitions;
    final boolean kafkaAsProcess;
    final boolean kafkaProxy;
    final int postgresPort;
    final boolean postgresProxy;
    final int keycloakPort;
    final boolean portal;
    final Map<String, Integer> servicePorts;
    final Map<String, Integer> instances;
    final Map<String, Map<String, String>> env;

    private StackOptions(Builder b) {
        super(b);
        projectRoot = b.projectRoot.toAbsolutePath().normalize();
        dataDir = b.dataDir == null ? null : b.dataDir.toAbsolutePath().normalize();
        logDir = b.logDir == null ? null : b.logDir.toAbsolutePath().normalize();
        kafkaPort = b.kafkaPort;
        kafkaPartitions = b.kafkaPartitions;
        kafkaAsProcess = b.kafkaAsProcess || b.kafkaProxy;
        kafkaProxy = b.kafkaProxy;
        postgresPort = b.postgresPort;
        postgresProxy = b.postgresProxy;
        keycloakPort = b.keycloakPort;
        portal = b.portalPort >= 0;
        if (portal && keycloakPort < 0) {
            throw new IllegalStateException("the portal signs its users in through Keycloak: add keycloak(port)");
        }
        servicePorts = Map.copyOf(b.servicePorts);
        instances = Map.copyOf(b.instances);
        Map<String, Map<String, String>> envCopy = new HashMap<>();
        b.env.forEach((service, vars) -> envCopy.put(service, Map.copyOf(vars)));
        env = Map.copyOf(envCopy);
    }

    public Path projectRoot() {
        return projectRoot;
    }

    /** How many instances of the service run (1 unless {@link Builder#instances} says more). */
    public int instances(String service) {
        return instances.getOrDefault(StackService.named(service).name(), 1);
    }

    /** A builder of the project at {@code projectRoot}; by default everything on free ports, in temporary directories. */
    static Builder builder(Path projectRoot) {
        return new Builder(projectRoot);
    }

    public static final class Builder extends ChildJvmOptions.Builder<Builder> {

        private final Path projectRoot;
        private Path dataDir;
        private Path logDir;
        private int kafkaPort;
        private int kafkaPartitions = 3;
        private boolean kafkaAsProcess;
        private boolean kafkaProxy;
        private int postgresPort;
        private boolean postgresProxy;
        private int keycloakPort = -1;
        private int portalPort = -1;
        private final Map<String, Integer> servicePorts = new HashMap<>();
        private final Map<String, Integer> instances = new HashMap<>();
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

        /**
         * Puts a {@link TcpProxy} between the services and Kafka, so a test can drop or freeze their connections
         * ({@link StackInfrastructure#kafkaProxy()}): Kafka runs as a process ({@link #kafkaAsProcess()}) with a
         * second listener that names the proxy as the broker's address, so every connection of the services goes
         * through it; the stack's own clients ({@link LocalStack#kafkaBootstrapServers()}) connect directly.
         */
        public Builder kafkaBehindProxy() {
            this.kafkaProxy = true;
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
         * {@code kafka-process/} of the data or temporary directory) instead of inside the launcher, so that it can be
         * killed ({@link LocalStack#killKafka()}) and started again on the same data and ports.
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
                servicePorts.put(LocalStack.PORTAL, port);
            } else {
                servicePorts.remove(LocalStack.PORTAL);
            }
            return this;
        }

        /**
         * The HTTP port of the service's first instance; 0 (the default) for a free port, chosen at start and kept
         * across restarts. Further instances always take free ports.
         */
        public Builder servicePort(String service, int port) {
            servicePorts.put(StackService.named(service).name(), port);
            return this;
        }

        /**
         * Runs {@code count} instances of the service (default 1), each its own process with the same configuration
         * (the same database, the same Kafka consumer groups), as an orchestrator scales it out.
         */
        public Builder instances(String service, int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a service runs at least one instance, not " + count);
            }
            instances.put(StackService.named(service).name(), count);
            return this;
        }

        /** {@link #instances(String, int)} for each of the three services (not the portal). */
        public Builder instancesOfEachService(int count) {
            LocalStack.SERVICES.forEach(s -> instances(s.name(), count));
            return this;
        }

        /** Kafka 19092, PostgreSQL 15432, services 8081, 8082, 8083, the portal (if it runs) 8080. */
        public Builder standardPorts() {
            kafkaPort = STANDARD_KAFKA_PORT;
            postgresPort = STANDARD_POSTGRES_PORT;
            LocalStack.SERVICES.forEach(s -> servicePorts.put(s.name(), s.defaultPort()));
            servicePorts.put(LocalStack.PORTAL, LocalStack.PORTAL_SERVICE.defaultPort());
            return this;
        }

        /** An extra environment variable for the service (it wins over the stack's own ones). */
        public Builder env(String service, String name, String value) {
            env.computeIfAbsent(StackService.named(service).name(), s -> new HashMap<>()).put(name, value);
            return this;
        }

        /** Extra environment variables for the service (they win over the stack's own ones). */
        public Builder env(String service, Map<String, String> vars) {
            env.computeIfAbsent(StackService.named(service).name(), s -> new HashMap<>()).putAll(vars);
            return this;
        }

        public StackOptions build() {
            return new StackOptions(this);
        }
    }
}
