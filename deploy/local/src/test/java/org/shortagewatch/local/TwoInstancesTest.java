package org.shortagewatch.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.NationalLists;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.TopicReader;

import io.restassured.path.json.JsonPath;

/**
 * Two instances of every service behind one configuration, as an orchestrator scales them out: the same databases,
 * the same Kafka consumer groups, posts spread over both. The work is split, never done twice: both instances of each
 * consuming service hold a share of the partitions; every change reaches every subscriber once, by webhook from
 * whichever dispatcher claimed it and by server-sent events on either instance; bulk jobs are claimed once each; when
 * an instance dies its leases (webhook deliveries, Kafka partitions) pass to the other; and an organisation's write
 * limit holds across both instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final List<String> PRODUCTS = List.of("6112001F1008", "6112002F1010", "6112003F1015",
            "6112004F1010");
    private static final List<String> FACILITIES = List.of(FacilityCodes.withCheckDigit("131235001"),
            FacilityCodes.withCheckDigit("131235002"));
    /** A facility that follows the products by server-sent events. */
    private static final String WATCHER = FacilityCodes.withCheckDigit("131235003");
    /**
     * Every organisation's write limit: a burst far above what the other tests post, and one write a second after it,
     * so that what refills while the limit's test posts stays small however slowly a busy machine answers.
     */
    private static final int BURST = 300;
    private static final int WRITES_PER_MINUTE = 60;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path data;
    private static LocalStack stack;
    private static WebhookFollowing following;
    private static WebhookSink sink;
    private static StatusBurst burst;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        data = Files.createTempDirectory("shortage-watch-two-instances-");
        StackOptions.Builder options = LocalStack.options(root)
                .dataDir(data)
                .logDir(Path.of("target", "two-instances-logs")) // kept for reading after the run
                .instancesOfEachService(2)
                .readyTimeout(Duration.ofMinutes(4)) // six services start at once
                .env(LocalStack.NOTIFICATION, "SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true");
        for (StackService service : LocalStack.SERVICES) {
            options.env(service.name(), Map.of("SHORTAGEWATCH_RATE_LIMIT_WRITES_PER_MINUTE",
                    String.valueOf(WRITES_PER_MINUTE), "SHORTAGEWATCH_RATE_LIMIT_BURST", String.valueOf(BURST)));
        }
        stack = new LocalStack(options.build()).start();
        following = WebhookFollowing.start(stack, PRODUCTS, FACILITIES);
        sink = following.sink();
        for (String yj : PRODUCTS) {
            following.as("facility", WATCHER, LocalStack.NOTIFICATION).contentType("application/json")
                    .body(Map.of("facilityCode", WATCHER, "yjCode", yj, "channels", List.of("SSE")))
                    .when().post("/api/v1/subscriptions").then().statusCode(201);
        }
        // the posts alternate between the two instances of manufacturer-report
        burst = new StatusBurst(PRODUCTS, following.token("manufacturer", "MFR001"),
                n -> stack.serviceUrl(LocalStack.MANUFACTURER_REPORT, 1 + n % 2));
    }

    @AfterAll
    static void stop() {
        WebhookFollowing.stop(following, stack, data);
    }

    @Test
    @Order(1)
    void bothInstancesOfEachConsumingServiceHoldAShareOfThePartitions() throws Exception {
        for (String service : List.of(LocalStack.WHOLESALER_ALLOCATION, LocalStack.NOTIFICATION)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, Integer> first = partitionsHeld(service, 1);
                Map<String, Integer> second = partitionsHeld(service, 2);
                assertTrue(first.getOrDefault("supply-status", 0) > 0 && second.getOrDefault("supply-status", 0) > 0,
                        service + ": each instance holds supply-status partitions: " + first + " / " + second);
                assertEquals(12, first.get("supply-status") + second.get("supply-status"),
                        service + ": together they hold all twelve, none twice: " + first + " / " + second);
            });
        }
    }

    @Test
    @Order(2)
    void everyChangeReachesEverySubscriberOnceWhicheverInstancesTookIt() throws Exception {
        try (SseFeed first = SseFeed.open(stack.serviceUrl(LocalStack.NOTIFICATION, 1), WATCHER,
                following.token("facility", WATCHER));
                SseFeed second = SseFeed.open(stack.serviceUrl(LocalStack.NOTIFICATION, 2), WATCHER,
                        following.token("facility", WATCHER))) {
            burst.run(15, Duration.ofMillis(200), Duration.ZERO, () -> { });
            Set<String> acknowledged = burst.acknowledged();
            assertEquals(PRODUCTS.size() * 15, acknowledged.size(), "every post acknowledged: " + burst.refusals());
            following.assertEachReceivedUnderOneId(acknowledged);
            for (String facility : FACILITIES) {
                assertEquals(acknowledged.size(), sink.deliveries(facility).stream()
                                .filter(d -> d.body().contains("supply-status.changed")).count(),
                        "no fault, so no delivery was sent twice, not even under the same id, to " + facility);
            }
            for (SseFeed feed : List.of(first, second)) {
                await().atMost(SseFeed.CATCH_UP).untilAsserted(() -> assertEquals(acknowledged,
                        Set.copyOf(changes(feed)), "the stream on either instance carries every change; its first events: "
                        + feed.events().stream().limit(2).toList()));
                assertEquals(changes(feed).size(), Set.copyOf(changes(feed)).size(), "and none twice");
            }
        }
        // the relay of either instance published each change once
        Map<String, Long> published = TopicReader.read(stack.kafkaBootstrapServers(), "supply-status",
                        Duration.ofSeconds(10), records -> records.size() >= PRODUCTS.size() * 15).stream()
                .map(TwoInstancesTest::change).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        assertEquals(burst.acknowledged(), published.keySet(), "every acknowledged change on the topic");
        assertEquals(Set.of(1L), Set.copyOf(published.values()), "each once: " + published);
    }

    @Test
    @Order(3)
    void bulkJobsSpreadOverBothInstancesAreEachRunOnce() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 1);
        String admin = following.token("admin", "ops");
        int firstIndex = 70_000;
        HttpResponse<String> products = upload(1, "/api/v1/products/bulk", admin,
                NationalLists.csv(Map.of("後発品", new int[] {60, 0, 0, 0, 0}), day, firstIndex));
        awaitJob(1, JsonPath.from(products.body()).getString("id"), admin);
        List<String> jobs = new ArrayList<>();
        Map<String, Integer> instanceOf = new HashMap<>();
        for (int k = 0; k < 6; k++) {
            int instance = 1 + k % 2;
            HttpResponse<String> accepted = upload(instance, "/api/v1/status-changes/bulk", admin,
                    NationalLists.csv(Map.of("後発品", new int[] {0, 0, 0, 10, 0}), day, firstIndex + 10 * k));
            assertEquals(202, accepted.statusCode(), accepted.body());
            String id = JsonPath.from(accepted.body()).getString("id");
            jobs.add(id);
            instanceOf.put(id, instance);
        }
        for (String id : jobs) {
            JsonPath job = awaitJob(instanceOf.get(id), id, admin);
            assertEquals(10, job.getInt("acceptedRows"), job.prettify());
            assertEquals(0, job.getInt("unchangedRows"), job.prettify());
        }
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(LocalStack.MANUFACTURER_REPORT),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement s = c.prepareStatement("select attempts from bulk_job where id = ?::uuid")) {
            for (String id : jobs) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "job " + id + " was claimed by one runner, once");
                }
            }
        }
        List<String> recorded = TopicReader.read(stack.kafkaBootstrapServers(), "supply-status", Duration.ofSeconds(10),
                        records -> records.stream().filter(r -> r.key().startsWith("10070")).count() >= 60).stream()
                .filter(r -> r.key().startsWith("10070")).map(TwoInstancesTest::change).toList();
        assertEquals(60, recorded.size(), "one event per row: " + recorded);
        assertEquals(60, Set.copyOf(recorded).size(), "none twice: " + recorded);
    }

    @Test
    @Order(4)
    void whenANotificationInstanceDiesTheOtherTakesOverItsPartitionsAndDeliveries() throws Exception {
        Set<String> before = burst.acknowledged();
        burst.run(15, Duration.ofMillis(200), Duration.ofSeconds(1), () -> stack.kill(LocalStack.NOTIFICATION, 1));
        Set<String> acknowledged = burst.acknowledged();
        assertEquals(before.size() + PRODUCTS.size() * 15, acknowledged.size(),
                "manufacturer-report does not depend on notification: " + burst.refusals());
        // instance 1 stays down: its claimed deliveries' leases run out and instance 2 sends them, under their ids
        following.assertEachReceivedUnderOneId(acknowledged);
        // the group rebalances once the dead member's session times out, which may be after the deliveries above
        await("the surviving instance holds every partition").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> partitionsHeld(LocalStack.NOTIFICATION, 2).get("supply-status"), n -> n != null && n == 12);
        stack.startService(LocalStack.NOTIFICATION, 1);
    }

    @Test
    @Order(5)
    void anOrganisationsWriteLimitHoldsAcrossBothInstances() throws Exception {
        // MFR002 has not written yet: its bucket is full. Twice its burst, spread over both instances.
        String token = following.token("manufacturer", "MFR002");
        following.as("admin", "ops", LocalStack.MANUFACTURER_REPORT)
                .contentType("application/json").body(org.shortagewatch.infra.TestProducts.body("MFR002"))
                .when().put("/api/v1/products/{yj}", "6112009F1012").then().statusCode(201);
        int accepted = 0;
        int refused = 0;
        for (int n = 0; n < 2 * BURST; n++) {
            String body = "{\"yjCode\":\"6112009F1012\",\"shipmentResponse\":\"" + (n % 2 == 0 ? "STOPPED\","
                    + "\"reason\":\"QUALITY_TROUBLE\"" : "NORMAL\"") + ",\"effectiveDate\":\"2026-12-01\"}";
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                    stack.serviceUrl(LocalStack.MANUFACTURER_REPORT, 1 + n % 2).resolve("/api/v1/status-changes"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                refused++;
            } else {
                assertEquals(201, response.statusCode(), response.body());
                accepted++;
            }
        }
        // per instance the two buckets would have let all of them through; shared, the burst and what refilled while
        // the posts went on (one a second)
        assertTrue(accepted < BURST * 3 / 2, "accepted " + accepted + ", refused " + refused);
        assertTrue(refused > 0 && accepted >= BURST, "accepted " + accepted + ", refused " + refused);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** The partitions of each topic the instance holds, as its readiness check reports them. */
    private static Map<String, Integer> partitionsHeld(String service, int instance) throws Exception {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                stack.serviceUrl(service, instance).resolve("/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        String held = JsonPath.from(ready.body())
                .getString("checks.find { it.name == 'kafka-consumers-joined' }.data.partitions");
        Map<String, Integer> byTopic = new TreeMap<>();
        for (String entry : held == null || held.isBlank() ? new String[0] : held.split(" ")) {
            byTopic.put(entry.substring(0, entry.lastIndexOf(':')), Integer.parseInt(entry.substring(entry.lastIndexOf(':') + 1)));
        }
        return byTopic;
    }

    /** The supply-status changes the feed carried: "yj#revision". */
    private static List<String> changes(SseFeed feed) {
        return feed.receipts().stream().map(Receipts.Receipt::change).toList();
    }

    private static String change(ConsumerRecord<String, String> record) {
        JsonPath event = JsonPath.from(record.value());
        return event.getString("yjCode") + "#" + event.getLong("revision");
    }

    private static HttpResponse<String> upload(int instance, String path, String token, String csv) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.serviceUrl(LocalStack.MANUFACTURER_REPORT, instance).resolve(path))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonPath awaitJob(int instance, String id, String token) {
        URI job = stack.serviceUrl(LocalStack.MANUFACTURER_REPORT, instance).resolve("/api/v1/bulk-jobs/" + id);
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = JsonPath.from(HTTP.send(HttpRequest.newBuilder(job).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            return !Set.of("QUEUED", "RUNNING").contains(last[0].getString("state"));
        });
        assertEquals("SUCCEEDED", last[0].getString("state"), last[0].prettify());
        return last[0];
    }
}
