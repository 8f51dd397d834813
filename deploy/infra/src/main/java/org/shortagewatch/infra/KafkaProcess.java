package org.shortagewatch.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real, single-node Kafka broker (combined broker and KRaft controller) in a process of its own: the same broker
 * code as {@link KafkaBroker}, started as {@code kafka.Kafka} in a child JVM, so that a test can kill it with SIGKILL
 * ({@link #kill()}) and start it again on the same data ({@link #start}) as an operator's broker would crash and
 * come back. Its configuration lives beside its logs, so a restart listens on the same ports.
 *
 * <p>It may have a second listener for clients that reach it through a proxy ({@link #startBehindProxy}): that
 * listener tells its clients to connect to the proxy, so every connection they open, to bootstrap or to the broker
 * the metadata names, goes through the proxy, while clients of the first listener connect directly.
 */
public final class KafkaProcess implements KafkaNode {

    private static final String CLUSTER_ID = "c2hvcnRhZ2Utd2F0Y2gwMQ";
    private static final String CONFIG = "server.properties";
    private static final String LOG = "kafka.log";

    private final Process process;
    private final Path dataDir;
    private final int port;

    private KafkaProcess(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * Starts the broker on {@code dataDir}: formats it on the first start (ports chosen then: {@code port}, or a free
     * one when 0), reuses its configuration on every later one.
     *
     * @param partitions the partition count of automatically created topics
     * @param readyTimeout how long the broker may take to answer a client
     */
    public static KafkaProcess start(Path dataDir, int port, int partitions, Duration readyTimeout) throws Exception {
        return startBehindProxy(dataDir, port, partitions, readyTimeout, 0, 0);
    }

    /**
     * As {@link #start}, with a second listener on {@code proxiedPort} that advertises {@code localhost:proxyPort}: a
     * proxy listening there and forwarding to {@code proxiedPort} carries every connection of the clients that
     * bootstrap through it. Both ports are fixed at the first start; later starts reuse them. 0 and 0: no second
     * listener.
     */
    public static KafkaProcess startBehindProxy(Path dataDir, int port, int partitions, Duration readyTimeout,
            int proxiedPort, int proxyPort) throws Exception {
        Files.createDirectories(dataDir);
        Path config = dataDir.resolve(CONFIG);
        if (!Files.exists(config)) {
            int client = port > 0 ? port : ChildProcessSupport.freePort();
            Properties properties = configuration(dataDir.resolve("logs"), client, ChildProcessSupport.freePort(), partitions);
            if (proxiedPort > 0) {
                properties.setProperty("listeners", properties.getProperty("listeners") + ",PROXIED://localhost:" + proxiedPort);
                properties.setProperty("advertised.listeners",
                        properties.getProperty("advertised.listeners") + ",PROXIED://localhost:" + proxyPort);
                properties.setProperty("listener.security.protocol.map",
                        properties.getProperty("listener.security.protocol.map") + ",PROXIED:PLAINTEXT");
            }
            write(config, properties);
            Path formatLog = dataDir.resolve("format.log");
            Process format = java("kafka.tools.StorageTool", formatLog,
                    "format", "--cluster-id", CLUSTER_ID, "--config", config.toString(), "--ignore-formatted");
            if (!format.waitFor(readyTimeout.toSeconds(), TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("could not format Kafka's storage:\n" + ChildProcessSupport.logTail(formatLog, 30));
            }
        }
        int client = Integer.parseInt(read(config).getProperty("listeners").replaceAll(".*PLAINTEXT://[^:]+:(\\d+).*", "$1"));
        KafkaProcess kafka = new KafkaProcess(java("kafka.Kafka", dataDir.resolve(LOG), config.toString()), dataDir,
                client);
        kafka.awaitReady(readyTimeout);
        return kafka;
    }

    /** The broker's configuration: KRaft in combined mode with static voters, one replica of everything. */
    static Properties configuration(Path logDirs, int clientPort, int controllerPort, int partitions) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + clientPort),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDirs.toString()),
                Map.entry("num.partitions", String.valueOf(partitions)),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        return p;
    }

    /** A child JVM running {@code mainClass} on this JVM's class path (which holds Kafka's server), its output to {@code log}. */
    private static Process java(String mainClass, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xms256m", "-Xmx512m", "-XX:+UseParallelGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with code " + process.exitValue() + ":\n"
                            + ChildProcessSupport.logTail(dataDir.resolve(LOG), 40));
                }
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // still starting
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Kafka was not ready within " + timeout.toSeconds() + " s:\n"
                            + ChildProcessSupport.logTail(dataDir.resolve(LOG), 40));
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The operating system's process id (for tests that signal it themselves). */
    public long pid() {
        return process.pid();
    }

    /** Kills the broker with SIGKILL: no shutdown, no flush, no goodbye to its clients; its data stays for the next start. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the broker as an operator would (SIGTERM, a controlled shutdown), SIGKILL if it takes over 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void write(Path file, Properties properties) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Shortage Watch: a single-node Kafka broker of the local stack");
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }
}
