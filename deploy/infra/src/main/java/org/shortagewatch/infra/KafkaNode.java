package org.shortagewatch.infra;

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
    static KafkaNode start(boolean asProcess, java.nio.file.Path dataDir, int port, int partitions) throws Exception {
        KafkaNode node;
        if (!asProcess) {
            node = KafkaBroker.start(dataDir, port, partitions);
        } else if (dataDir == null) {
            throw new IllegalArgumentException("a Kafka process needs a directory of its own");
        } else {
            node = KafkaProcess.start(dataDir, port, partitions, java.time.Duration.ofSeconds(120));
        }
        ProjectTopics.createMissing(node.bootstrapServers());
        return node;
    }
}
