package org.shortagewatch.infra;

/**
 * A running single-node Kafka broker, whether inside this JVM ({@link KafkaBroker}) or in a process of its own
 * ({@link KafkaProcess}, which a test can kill).
 */
public interface KafkaNode extends AutoCloseable {

    /** Where clients connect. */
    String bootstrapServers();

    /**
     * Starts a broker on {@code dataDir} ({@code null}: a fresh temporary one, in-JVM only).
     *
     * @param asProcess a child process instead of a broker inside this JVM
     * @param port the client port; 0 for a free one
     * @param partitions the partition count of automatically created topics
     */
    static KafkaNode start(boolean asProcess, java.nio.file.Path dataDir, int port, int partitions) throws Exception {
        if (!asProcess) {
            return KafkaBroker.start(dataDir, port, partitions);
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("a Kafka process needs a directory of its own");
        }
        return KafkaProcess.start(dataDir, port, partitions, java.time.Duration.ofSeconds(120));
    }
}
