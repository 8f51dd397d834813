package org.shortagewatch.infra;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A running single-node Kafka broker, whether inside this JVM ({@link KafkaBroker}) or in a process of its own
 * ({@link KafkaProcess}, which a test can kill).
 */
public interface KafkaNode extends AutoCloseable {

    /** Where clients connect. */
    String bootstrapServers();

    /**
     * Starts a broker on {@code dataDir} ({@code null}: a fresh temporary one, in-JVM only), with the project's
     * topics ({@link ProjectTopics}); other topics are created on first use with {@code partitions}.
     *
     * @param asProcess a child process instead of a broker inside this JVM
     * @param port the client port; 0 for a free one
     * @param partitions the partition count of automatically created topics
     */
    static KafkaNode start(boolean asProcess, Path dataDir, int port, int partitions) throws Exception {
        if (asProcess) {
            return startProcess(dataDir, port, partitions, 0, 0);
        }
        return withProjectTopics(KafkaBroker.start(dataDir, port, partitions));
    }

    /**
     * Starts a broker in a process of its own ({@link KafkaProcess#startBehindProxy}): with {@code proxiedPort} and
     * {@code proxyPort} not 0, a second listener on {@code proxiedPort} sends its clients to the proxy on
     * {@code proxyPort}.
     */
    static KafkaNode startProcess(Path dataDir, int port, int partitions, int proxiedPort, int proxyPort)
            throws Exception {
        if (dataDir == null) {
            throw new IllegalArgumentException("a Kafka process needs a directory of its own");
        }
        return withProjectTopics(KafkaProcess.startBehindProxy(dataDir, port, partitions, Duration.ofSeconds(120),
                proxiedPort, proxyPort));
    }

    private static KafkaNode withProjectTopics(KafkaNode node) throws Exception {
        ProjectTopics.createMissing(node.bootstrapServers());
        return node;
    }
}
