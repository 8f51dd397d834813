package org.shortagewatch.local;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.TopicReader;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A failure of our own infrastructure is never a bad record. The three services run as jars in their own
 * processes; pharmacies follow products by webhook; a burst of status changes goes on while the broker is killed (SIGKILL) and down,
 * while PostgreSQL is stopped abruptly and started again, while a proxy cuts every database connection, and while
 * notification is killed and started again. After each: every change a manufacturer was answered 2xx for reached
 * every subscriber exactly once (one
 * {@code webhook-id} per change and subscriber) and in each product's revision order, no valid event is in any
 * dead-letter topic, and no service was restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureOutageTest {

    private static final List<String> PRODUCTS = List.of("6111001F1011", "6111002F1016", "6111003F1010",
            "6111004F1015", "6111005F1010", "6111006F1014");
    private static final List<String> FACILITIES = List.of(FacilityCodes.withCheckDigit("131234001"),
            FacilityCodes.withCheckDigit("131234002"), FacilityCodes.withCheckDigit("131234003"));
    private static final List<String> DEAD_LETTER_TOPICS = List.of("supply-status-dlq-notification",
            "supply-status-dlq-wholesaler-allocation", "products-dlq-notification");
    /** Each product's statuses in turn, so consecutive changes of a product always differ. */
    private static final List<String> CYCLE = List.of(
            """
            "shipmentResponse":"LIMITED_OWN_REASONS","reason":"MANUFACTURING_TROUBLE\"""",
            """
            "shipmentResponse":"NORMAL\"""",
            """
            "shipmentResponse":"STOPPED","reason":"QUALITY_TROUBLE\"""",
            """
            "shipmentResponse":"NORMAL\"""");

    private static Path data;
    private static LocalStack stack;
    private static WebhookSink sink;
    private static String manufacturerToken;
    private static final Map<String, Integer> nextStatus = new HashMap<>();
    /** Every change a manufacturer was answered 2xx for: "yj#revision". */
    private static final Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
    private static final AtomicInteger notAcknowledged = new AtomicInteger();
    /** The HTTP status of every post not answered 201 (0: no answer in time). */
    private static final Set<Integer> refusals = Collections.synchronizedSet(new HashSet<>());

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        data = Files.createTempDirectory("shortage-watch-outage-");
        stack = new LocalStack(LocalStack.options(root)
                .dataDir(data)
                .logDir(Path.of("target", "outage-logs")) // kept for reading after the run
                .kafkaAsProcess() // a broker of its own, killed with SIGKILL below
                .postgresBehindProxy()
                .env(LocalStack.NOTIFICATION, "SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true")
                .env(LocalStack.MANUFACTURER_REPORT, "SHORTAGEWATCH_RATE_LIMIT_ENABLED", "false")
                .build()).start();
        sink = WebhookSink.start(0, line -> { }, Integer.MAX_VALUE);
        manufacturerToken = token("manufacturer", "MFR001");
        WebhookFollowing.follow(stack, sink, PRODUCTS, FACILITIES);
    }

    @AfterAll
    static void stop() {
        WebhookFollowing.stop(sink, stack, data);
    }

    @Test
    @Order(1)
    void theReportServiceStaysReadyAndAcceptsWritesWhileTheBrokerIsKilled() throws Exception {
        stack.killKafka();
        try {
            for (int i = 0; i < PRODUCTS.size() * 2; i++) {
                assertEquals(201, report(PRODUCTS.get(i % PRODUCTS.size()), Duration.ofSeconds(10)),
                        "a write is accepted while the broker is down: the outbox keeps its event");
            }
            at(LocalStack.MANUFACTURER_REPORT).when().get("/q/health/ready")
                    .then().statusCode(200).body("checks.find { it.name == 'outbox' }.status", equalTo("UP"));
            for (LocalStack.Service service : LocalStack.SERVICES) {
                at(service.name()).when().get("/q/health/ready").then().statusCode(200); // they serve their APIs
            }
            assertTrue(unpublished() >= PRODUCTS.size() * 2, "the events wait in the outbox");
        } finally {
            stack.startKafka();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> unpublished() == 0);
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    @Test
    @Order(2)
    void aDatabaseStoppedAbruptlyAndStartedAgainLosesNothingAndRepeatsNothing() throws Exception {
        burstWhile(() -> {
            stack.stopPostgresImmediately();
            Thread.sleep(10_000);
            stack.startPostgres();
        });
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    @Test
    @Order(3)
    void databaseConnectionsCutByTheNetworkLoseNothingAndRepeatNothing() throws Exception {
        burstWhile(() -> {
            for (int i = 0; i < 4; i++) {
                stack.postgresProxy().dropConnections();
                Thread.sleep(2_000);
            }
        });
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    @Test
    @Order(4)
    void aNotificationInstanceKilledMidBurstResumesDeliveryOnceItRejoins() throws Exception {
        long[] resumedAfterMillis = new long[1];
        burstWhile(() -> {
            stack.kill(LocalStack.NOTIFICATION);
            Thread.sleep(2_000);
            long restarted = System.nanoTime();
            stack.startService(LocalStack.NOTIFICATION);
            long readyMillis = (System.nanoTime() - restarted) / 1_000_000;
            int before = sink.deliveries(FACILITIES.get(0)).size();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> sink.deliveries(FACILITIES.get(0)).size() > before);
            resumedAfterMillis[0] = (System.nanoTime() - restarted) / 1_000_000;
            System.out.printf("notification restarted: ready after %d ms, first webhook after %d ms%n", readyMillis,
                    resumedAfterMillis[0]);
        });
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    // --- the burst and the oracle -----------------------------------------------------------------------------------

    interface Fault {
        void run() throws Exception;
    }

    /**
     * Status changes to every product, each product in its own thread, about 20 a second in all, for about 20 s;
     * the fault begins after 5 s. Requests that fail (refused, timed out) are simply not acknowledged.
     */
    private static void burstWhile(Fault fault) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(PRODUCTS.size() + 1);
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (String yj : PRODUCTS) {
                posts.add(workers.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        report(yj, Duration.ofSeconds(5));
                        Thread.sleep(300);
                    }
                    return null;
                }));
            }
            Thread.sleep(5_000);
            workers.submit(() -> {
                fault.run();
                return null;
            }).get();
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Posts the product's next status; returns the HTTP status, 0 when there was no answer. */
    private static int report(String yj, Duration timeout) throws InterruptedException {
        int index;
        synchronized (nextStatus) {
            index = nextStatus.getOrDefault(yj, 0);
        }
        String body = "{\"yjCode\":\"" + yj + "\"," + CYCLE.get(index % CYCLE.size())
                + ",\"effectiveDate\":\"2026-12-01\"}";
        HttpRequest request = HttpRequest.newBuilder(
                        stack.serviceUrl(LocalStack.MANUFACTURER_REPORT).resolve("/api/v1/status-changes"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + manufacturerToken)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                JsonPath change = JsonPath.from(response.body());
                acknowledged.add(yj + "#" + change.getLong("revision"));
                synchronized (nextStatus) {
                    nextStatus.put(yj, index + 1);
                }
            }
            if (response.statusCode() != 201) {
                notAcknowledged.incrementAndGet();
                refusals.add(response.statusCode());
            }
            return response.statusCode();
        } catch (IOException noAnswer) {
            notAcknowledged.incrementAndGet();
            refusals.add(0);
            return 0;
        }
    }

    /**
     * Every acknowledged change, at every subscriber, under exactly one webhook-id (a transport retry repeats the same
     * id; two ids for one change would be a duplicate), and no dead-lettered record.
     */
    private static void assertEveryAcknowledgedChangeReachedEverySubscriberOnce() throws Exception {
        Set<String> expected = Set.copyOf(acknowledged);
        WebhookFollowing.assertEachReceivedUnderOneId(sink, FACILITIES, expected);
        System.out.printf("outage oracle: %d changes acknowledged so far, %d posts not acknowledged, %d webhooks "
                + "expected and received, none twice%n", expected.size(), notAcknowledged.get(),
                expected.size() * FACILITIES.size());
        assertTrue(Set.of(0, 503).containsAll(refusals),
                "a post the system could not take was answered 503 (or not in time), never anything else: " + refusals);
        for (String topic : DEAD_LETTER_TOPICS) {
            assertEquals(List.of(), TopicReader.read(stack.kafkaBootstrapServers(), topic, Duration.ofSeconds(3),
                    records -> false).stream().map(r -> r.key() + ": " + r.value()).toList(),
                    "no valid event in " + topic);
        }
    }

    private static long unpublished() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(LocalStack.MANUFACTURER_REPORT),
                PostgresServer.USER, PostgresServer.PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from outbox where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static RequestSpecification at(String service) {
        return WebhookFollowing.at(stack, service);
    }

    static RequestSpecification as(String role, String org, String service) {
        return WebhookFollowing.as(stack, role, org, service);
    }

    static String token(String role, String org) {
        return WebhookFollowing.token(stack, role, org);
    }
}
