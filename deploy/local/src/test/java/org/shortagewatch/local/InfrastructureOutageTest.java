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

import io.restassured.path.json.JsonPath;

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
    private static Path data;
    private static LocalStack stack;
    private static WebhookFollowing following;
    private static StatusBurst burst;

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
        following = WebhookFollowing.start(stack, PRODUCTS, FACILITIES);
        burst = new StatusBurst(PRODUCTS, following.token("manufacturer", "MFR001"),
                n -> stack.serviceUrl(LocalStack.MANUFACTURER_REPORT));
    }

    @AfterAll
    static void stop() {
        WebhookFollowing.stop(following, stack, data);
    }

    @Test
    @Order(1)
    void theReportServiceStaysReadyAndAcceptsWritesWhileTheBrokerIsKilled() throws Exception {
        stack.infrastructure().killKafka();
        try {
            for (int i = 0; i < PRODUCTS.size() * 2; i++) {
                assertEquals(201, burst.report(PRODUCTS.get(i % PRODUCTS.size()), Duration.ofSeconds(10)),
                        "a write is accepted while the broker is down: the outbox keeps its event");
            }
            following.at(LocalStack.MANUFACTURER_REPORT).when().get("/q/health/ready")
                    .then().statusCode(200).body("checks.find { it.name == 'outbox' }.status", equalTo("UP"));
            for (StackService service : LocalStack.SERVICES) {
                following.at(service.name()).when().get("/q/health/ready").then().statusCode(200); // they serve their APIs
            }
            assertTrue(unpublished() >= PRODUCTS.size() * 2, "the events wait in the outbox");
        } finally {
            stack.infrastructure().startKafka();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> unpublished() == 0);
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    @Test
    @Order(2)
    void aDatabaseStoppedAbruptlyAndStartedAgainLosesNothingAndRepeatsNothing() throws Exception {
        burst.run(60, Duration.ofMillis(300), Duration.ofSeconds(5), () -> {
            stack.infrastructure().stopPostgresImmediately();
            Thread.sleep(10_000);
            stack.infrastructure().startPostgres();
        });
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    @Test
    @Order(3)
    void databaseConnectionsCutByTheNetworkLoseNothingAndRepeatNothing() throws Exception {
        burst.run(60, Duration.ofMillis(300), Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 4; i++) {
                stack.infrastructure().postgresProxy().dropConnections();
                Thread.sleep(2_000);
            }
        });
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    @Test
    @Order(4)
    void aNotificationInstanceKilledMidBurstResumesDeliveryOnceItRejoins() throws Exception {
        long[] resumedAfterMillis = new long[1];
        burst.run(60, Duration.ofMillis(300), Duration.ofSeconds(5), () -> {
            stack.kill(LocalStack.NOTIFICATION);
            Thread.sleep(2_000);
            long restarted = System.nanoTime();
            stack.startService(LocalStack.NOTIFICATION);
            long readyMillis = (System.nanoTime() - restarted) / 1_000_000;
            int before = following.sink().deliveries(FACILITIES.get(0)).size();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> following.sink().deliveries(FACILITIES.get(0)).size() > before);
            resumedAfterMillis[0] = (System.nanoTime() - restarted) / 1_000_000;
            System.out.printf("notification restarted: ready after %d ms, first webhook after %d ms%n", readyMillis,
                    resumedAfterMillis[0]);
        });
        assertEveryAcknowledgedChangeReachedEverySubscriberOnce();
    }

    // --- the oracle -------------------------------------------------------------------------------------------------

    /**
     * Every acknowledged change, at every subscriber, under exactly one webhook-id (a transport retry repeats the same
     * id; two ids for one change would be a duplicate), and no dead-lettered record.
     */
    private static void assertEveryAcknowledgedChangeReachedEverySubscriberOnce() throws Exception {
        Set<String> expected = burst.acknowledged();
        following.assertEachReceivedUnderOneId(expected);
        System.out.printf("outage oracle: %d changes acknowledged so far, %d posts not acknowledged, %d webhooks "
                + "expected and received, none twice%n", expected.size(), burst.notAcknowledged(),
                expected.size() * FACILITIES.size());
        assertTrue(Set.of(0, 503).containsAll(burst.refusals()), "a post the system could not take was answered 503 "
                + "(or not in time), never anything else: " + burst.refusals());
        following.assertNoValidEventWasDeadLettered();
    }

    private static long unpublished() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(LocalStack.MANUFACTURER_REPORT),
                PostgresServer.USER, PostgresServer.PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from outbox where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
