package org.shortagewatch.local;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.local.backup.Backups;
import org.shortagewatch.local.backup.DatabaseServer;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The restore drill (docs/operations.md, "Backup and restore"): changes, a backup, more changes (Kafka moves on and
 * their webhooks are delivered), the services stopped, PostgreSQL lost and replaced by an empty server, the backup
 * restored with {@link Backups#restore}, the services started, more changes. Then: every change a manufacturer was
 * answered 2xx for reached every subscriber under one webhook-id (the same id again after the restore is allowed, a
 * second id for one change is not) and in each product's revision order, each product's status history holds every acknowledged revision as it was
 * posted, including those after the backup, no revision was handed out twice, wholesaler-allocation and notification
 * applied every one of them, no valid event was dead-lettered, and every service's audit chain verifies.
 */
class BackupRestoreTest {

    private static final List<String> PRODUCTS = List.of("6112001F1016", "6112002F1002", "6112003F1015");
    private static final List<String> FACILITIES = List.of(FacilityCodes.withCheckDigit("131235001"),
            FacilityCodes.withCheckDigit("131235002"));
    private static final List<String> CYCLE = List.of("LIMITED_OWN_REASONS", "NORMAL", "STOPPED", "NORMAL");

    private static Path data;
    private static Path backup;
    private static LocalStack stack;
    private static WebhookFollowing following;
    /** Every change acknowledged with 201, "yj#revision", in the order answered (a repeat is a revision handed out twice). */
    private static final List<String> acknowledged = new ArrayList<>();
    /** The shipment response posted for each acknowledged change. */
    private static final Map<String, String> posted = new HashMap<>();
    private static final Map<String, Integer> nextStatus = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        data = Files.createTempDirectory("shortage-watch-restore-");
        backup = data.resolve("backup");
        stack = new LocalStack(LocalStack.options(root)
                .dataDir(data)
                .logDir(Path.of("target", "restore-logs")) // kept for reading after the run
                .env(LocalStack.NOTIFICATION, "SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true")
                .env(LocalStack.MANUFACTURER_REPORT, "SHORTAGEWATCH_RATE_LIMIT_ENABLED", "false")
                .build()).start();
        following = WebhookFollowing.start(stack, PRODUCTS, FACILITIES);
    }

    @AfterAll
    static void stop() {
        WebhookFollowing.stop(following, stack, data);
    }

    @Test
    void aRestoreIntoAnEmptyServerLosesNoAcknowledgedChangeAndSendsNoChangeUnderTwoIds() throws Exception {
        reportEveryProduct(3);
        assertEveryAcknowledgedChangeReachedEverySubscriberUnderOneId();
        DatabaseServer server = new DatabaseServer("localhost", stack.postgres().port(), PostgresServer.USER,
                PostgresServer.PASSWORD);
        Backups.backup(server, stack.kafkaBootstrapServers(), backup, System.out::println);

        reportEveryProduct(3); // after the backup: on Kafka and delivered, not in the backup
        assertEveryAcknowledgedChangeReachedEverySubscriberUnderOneId();
        int deliveredBeforeTheLoss = deliveryCount();

        for (int i = LocalStack.SERVICES.size() - 1; i >= 0; i--) {
            stack.stopService(LocalStack.SERVICES.get(i).name());
        }
        stack.infrastructure().replacePostgresWithEmptyServer();
        Backups.restore(server, stack.kafkaBootstrapServers(), backup, System.out::println);
        for (StackService service : LocalStack.SERVICES) {
            stack.startService(service.name());
        }

        reportEveryProduct(2);
        assertEveryAcknowledgedChangeReachedEverySubscriberUnderOneId();
        assertEquals(acknowledged.size(), Set.copyOf(acknowledged).size(),
                "no revision of a product was handed out twice: " + acknowledged);
        assertEveryHistoryHoldsEveryAcknowledgedRevision();
        assertTheStatusSpansAreTheRestoredHistorys();
        assertEveryConsumerAppliedEveryAcknowledgedChange();
        following.assertNoValidEventWasDeadLettered();
        for (StackService service : LocalStack.SERVICES) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> following.as("admin", "ops", service.name())
                    .when().get("/api/v1/audit/verification")
                    .then().statusCode(200)
                    .body("intact", equalTo(true))
                    .body("rowsPending", equalTo(0)));
        }
        System.out.printf("restore drill: %d changes acknowledged (%d after the backup), %d webhooks before the loss, "
                + "%d in all (repeats under the same webhook-id after the restore: %d)%n", acknowledged.size(),
                PRODUCTS.size() * 5, deliveredBeforeTheLoss, deliveryCount(),
                deliveryCount() - acknowledged.size() * FACILITIES.size());
    }

    // --- the changes and the oracle ---------------------------------------------------------------------------------

    /** Posts each product's next status {@code times} times; every post must be acknowledged. */
    private static void reportEveryProduct(int times) {
        for (int i = 0; i < times; i++) {
            for (String yj : PRODUCTS) {
                int index = nextStatus.merge(yj, 1, Integer::sum) - 1;
                String response = CYCLE.get(index % CYCLE.size());
                String reason = response.equals("NORMAL") ? ""
                        : response.equals("STOPPED") ? ",\"reason\":\"QUALITY_TROUBLE\""
                        : ",\"reason\":\"MANUFACTURING_TROUBLE\"";
                JsonPath change = following.as("manufacturer", "MFR001", LocalStack.MANUFACTURER_REPORT)
                        .contentType(ContentType.JSON)
                        .body("{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":\"" + response + "\"" + reason
                                + ",\"effectiveDate\":\"2026-12-01\"}")
                        .when().post("/api/v1/status-changes")
                        .then().statusCode(201).extract().jsonPath();
                String key = yj + "#" + change.getLong("revision");
                acknowledged.add(key);
                posted.put(key, response);
            }
        }
    }

    private static void assertEveryAcknowledgedChangeReachedEverySubscriberUnderOneId() throws Exception {
        following.assertEachReceivedUnderOneId(acknowledged);
    }

    /** Each product's history, read from manufacturer-report, holds every acknowledged revision with what was posted. */
    private static void assertEveryHistoryHoldsEveryAcknowledgedRevision() {
        for (String yj : PRODUCTS) {
            JsonPath status = following.at(LocalStack.MANUFACTURER_REPORT)
                    .queryParam("asOf", "2027-01-01")
                    .when().get("/api/v1/products/{yj}/status", yj)
                    .then().statusCode(200).extract().jsonPath();
            Map<String, String> history = new TreeMap<>();
            List<Map<String, Object>> changes = status.getList("history");
            for (Map<String, Object> change : changes) {
                history.put(yj + "#" + change.get("revision"), String.valueOf(change.get("shipmentResponse")));
            }
            Map<String, String> expected = new TreeMap<>();
            posted.forEach((key, response) -> {
                if (key.startsWith(yj + "#")) {
                    expected.put(key, response);
                }
            });
            assertEquals(expected, history, yj + "'s history holds every acknowledged revision, as posted");
        }
    }

    /**
     * The spans the national counts read are those of the history as restored and replayed: the dump restores them
     * with their trigger created after the data, and the replay's changes keep them.
     */
    private static void assertTheStatusSpansAreTheRestoredHistorys() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(LocalStack.MANUFACTURER_REPORT),
                PostgresServer.USER, PostgresServer.PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select status_span_differing()")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "every product's spans are its restored history's");
        }
    }

    /**
     * The consumers' own record: every acknowledged change's event (its id from report's history) is in the
     * processed-event log of wholesaler-allocation and of notification, including those applied before the loss and
     * so lost with their databases: read again from the backup's offsets, not skipped.
     */
    private static void assertEveryConsumerAppliedEveryAcknowledgedChange() throws Exception {
        Map<String, String> eventIds = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(LocalStack.MANUFACTURER_REPORT),
                PostgresServer.USER, PostgresServer.PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select yj_code || '#' || revision, event_id from status_change")) {
            while (rs.next()) {
                eventIds.put(rs.getString(1), rs.getString(2));
            }
        }
        for (String service : List.of(LocalStack.WHOLESALER_ALLOCATION, LocalStack.NOTIFICATION)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Set<String> applied = new HashSet<>();
                try (Connection c = DriverManager.getConnection(stack.jdbcUrl(service), PostgresServer.USER,
                        PostgresServer.PASSWORD); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select event_id from processed_event")) {
                    while (rs.next()) {
                        applied.add(rs.getString(1));
                    }
                }
                List<String> missing = acknowledged.stream().filter(change -> !applied.contains(eventIds.get(change)))
                        .toList();
                assertEquals(List.of(), missing, service + " applied every acknowledged change");
            });
        }
    }

    private static int deliveryCount() {
        return FACILITIES.stream().mapToInt(f -> (int) following.sink().deliveries(f).stream()
                .filter(d -> "supply-status.changed".equals(JsonPath.from(d.body()).getString("type"))).count()).sum();
    }
}
