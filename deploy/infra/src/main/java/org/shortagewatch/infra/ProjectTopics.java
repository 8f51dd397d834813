package org.shortagewatch.infra;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Every topic the services use, with the partitions and retention the project sets (docs/operations.md, section 4;
 * deploy/k8s/base/topics.yaml says the same, and a test holds the three together). The brokers the tests and the
 * local run start create them before any service does, so no topic gets a broker's default partition count.
 */
public final class ProjectTopics {

    /** One topic: its name, partitions and retention ({@code -1}: unlimited). */
    public record Topic(String name, int partitions, long retentionMs) {
    }

    private static final long UNLIMITED = -1;
    private static final long DAYS_90 = Duration.ofDays(90).toMillis();
    private static final long DAYS_30 = Duration.ofDays(30).toMillis();

    public static final List<Topic> ALL = List.of(
            new Topic("supply-status", 12, UNLIMITED),
            new Topic("products", 12, UNLIMITED),
            new Topic("maldistribution", 6, DAYS_90),
            new Topic("allocation", 6, DAYS_90),
            new Topic("notices", 6, DAYS_90),
            new Topic("status-confirmations", 6, DAYS_90),
            new Topic("supply-status-dlq-wholesaler-allocation", 1, DAYS_30),
            new Topic("supply-status-dlq-notification", 1, DAYS_30),
            new Topic("products-dlq-notification", 1, DAYS_30),
            new Topic("maldistribution-dlq-notification", 1, DAYS_30),
            new Topic("allocation-dlq-notification", 1, DAYS_30),
            new Topic("status-confirmations-dlq-notification", 1, DAYS_30));

    private ProjectTopics() {
    }

    /** Creates the topics the broker does not have yet (one replica each: the local and test brokers are single nodes). */
    public static void createMissing(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = ALL.stream().filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1)
                            .configs(Map.of("retention.ms", Long.toString(t.retentionMs()))))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
