package org.shortagewatch.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real, single-node Kafka broker (combined broker and KRaft controller) running inside this JVM, built with
 * Kafka's own cluster test kit. It is the same broker code as a production Kafka, without Docker.
 *
 * @param cluster the running test kit
 * @param bootstrapServers where clients connect: the fixed port when one was asked for, else the kit's own listener
 */
public record KafkaBroker(KafkaClusterTestKit cluster, String bootstrapServers) implements KafkaNode {

    /** Fixed so that a broker started again on the same data directory recognises its own logs. */
    private static final String CLUSTER_ID = "c2hvcnRhZ2Utd2F0Y2gwMA";
    private static final String BROKER_LISTENER = "EXTERNAL";
    private static final String FIXED_LISTENER = "LOCAL";

    /**
     * Starts a broker.
     *
     * @param dataDir where logs live; {@code null} for a fresh temporary directory removed on close
     * @param port the client port; 0 for any free port
     * @param partitions the partition count of automatically created topics
     */
    public static KafkaBroker start(Path dataDir, int port, int partitions) throws Exception {
        TestKitNodes.Builder nodes = new TestKitNodes.Builder()
                .setClusterId(CLUSTER_ID)
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction());
        boolean persistent = dataDir != null;
        boolean formatted = false;
        if (persistent) {
            Files.createDirectories(dataDir);
            formatted = containsMetaProperties(dataDir);
            nodes.setBaseDirectory(dataDir);
        }
        if (port > 0) {
            // The test kit pre-binds its own listeners to free ports; a fixed port needs a listener of its own.
            nodes.setPerServerProperties(Map.of(0, Map.of(
                    "listener.security.protocol.map",
                    BROKER_LISTENER + ":PLAINTEXT,CONTROLLER:PLAINTEXT," + FIXED_LISTENER + ":PLAINTEXT",
                    "listeners", BROKER_LISTENER + "://localhost:0,CONTROLLER://localhost:0,"
                            + FIXED_LISTENER + "://localhost:" + port)));
        }
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes.build())
                .setDeleteOnClose(!persistent)
                .setConfigProp("num.partitions", String.valueOf(partitions))
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "5")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        if (!formatted) {
            cluster.format();
        }
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new KafkaBroker(cluster, port > 0 ? "localhost:" + port : cluster.bootstrapServers());
    }

    private static boolean containsMetaProperties(Path dir) throws Exception {
        try (var files = Files.walk(dir, 4)) {
            return files.anyMatch(p -> p.getFileName().toString().equals("meta.properties"));
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
