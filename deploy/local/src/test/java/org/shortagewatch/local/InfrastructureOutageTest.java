package org.shortagewatch.local;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.TcpProxy;

/**
 * The fault suite: a failure of our own infrastructure is never a bad record, and nothing acknowledged is lost or
 * repeated. The three services run as jars in their own processes; for each fault, pharmacies of its own follow
 * products of its own by webhook, server-sent events, inbox and e-mail while a burst of status changes goes on and
 * the fault strikes: the broker killed (SIGKILL) and restarted, PostgreSQL stopped abruptly and started again, a proxy
 * cutting every database connection, notification killed while its dispatcher sends, and a poison record on every
 * consumed topic; with {@code -Dshortagewatch.faults=all} ({@code deploy/local/faults}) also manufacturer-report and
 * wholesaler-allocation killed, the connections to Kafka and to PostgreSQL frozen for 30 s, and the mail server down.
 * After each, {@link FaultSuite}'s oracle: every change a manufacturer was answered 2xx for reached every follower on
 * every channel exactly once and in each product's revision order, and wholesaler-allocation; no refused change was
 * stored or delivered; no valid event is in a dead-letter topic; no service was restarted but the one killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureOutageTest {

    private static final Duration FROZEN = Duration.ofSeconds(30);
    private static FaultSuite suite;
    private static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        suite = FaultSuite.start();
        stack = suite.stack();
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void theBrokerKilledMidBurstLosesNothingAndTheServicesStayReadyAndAcceptWrites() throws Exception {
        long[] down = new long[2];
        FaultSuite.Run run = suite.run(new FaultSuite.Fault("Kafka broker killed (kill -9), started 10 s later", () -> {
            stack.infrastructure().killKafka();
            down[0] = System.nanoTime();
            suite.following().at(LocalStack.MANUFACTURER_REPORT).when().get("/q/health/ready")
                    .then().statusCode(200).body("checks.find { it.name == 'outbox' }.status", equalTo("UP"));
            for (StackService service : LocalStack.SERVICES) {
                suite.following().at(service.name()).when().get("/q/health/ready").then().statusCode(200);
            }
        }, Duration.ofSeconds(10), () -> {
            assertTrue(unpublished() > 0, "the events wait in the outbox");
            down[1] = System.nanoTime();
            stack.infrastructure().startKafka();
        }));
        List<StatusBurst.Answer> duringOutage = during(run, down);
        long accepted = duringOutage.stream().filter(a -> a.status() == 201).count();
        assertTrue(accepted > 0 && duringOutage.stream().allMatch(a -> a.status() == 201 || a.status() == 0),
                "a write is accepted while the broker is down, none refused: the outbox keeps its event");
        run.row().notes().add(String.format(Locale.ROOT, "%d attempts during the outage, %d answered 201, none "
                + "refused", duringOutage.size(), accepted));
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished() == 0); // the outbox emptied
    }

    @Test
    @Order(2)
    void aDatabaseStoppedAbruptlyAndStartedAgainLosesNothingRepeatsNothingAndRefusesFast() throws Exception {
        long[] down = new long[2];
        FaultSuite.Run run = suite.run(new FaultSuite.Fault("PostgreSQL immediate stop, started 10 s later", () -> {
            stack.infrastructure().stopPostgresImmediately();
            down[0] = System.nanoTime() + Duration.ofSeconds(1).toNanos(); // requests already in flight may end otherwise
        }, Duration.ofSeconds(10), () -> {
            down[1] = System.nanoTime();
            stack.infrastructure().startPostgres();
        }));
        List<StatusBurst.Answer> duringOutage = during(run, down);
        long slowest = duringOutage.stream().mapToLong(StatusBurst.Answer::tookMillis).max().orElse(0);
        assertTrue(!duringOutage.isEmpty() && duringOutage.stream().allMatch(a -> a.status() == 503),
                "while the database is away a write is refused with 503, never a false 2xx: " + duringOutage);
        assertTrue(duringOutage.stream().allMatch(StatusBurst.Answer::saidRetryAfter),
                "each refusal says when to retry (Retry-After): " + duringOutage);
        assertTrue(slowest < 3_000, "and fast: the slowest refusal took " + slowest + " ms");
        run.row().notes().add(String.format(Locale.ROOT, "%d attempts during the outage, all answered 503, the "
                + "slowest in %.1f s", duringOutage.size(), slowest / 1000.0));
    }

    @Test
    @Order(3)
    void databaseConnectionsCutByTheNetworkLoseNothingAndRepeatNothing() throws Exception {
        suite.run(new FaultSuite.Fault("every PostgreSQL connection cut by the network, 4 times 2 s apart", () -> {
            for (int i = 0; i < 3; i++) {
                stack.infrastructure().postgresProxy().dropConnections();
                Thread.sleep(2_000);
            }
        }, Duration.ZERO, () -> stack.infrastructure().postgresProxy().dropConnections()));
    }

    @Test
    @Order(4)
    void aNotificationInstanceKilledWhileItsDispatcherSendsResumesDeliveryOnceItRejoins() throws Exception {
        Instant[] restarted = new Instant[2];
        int[] before = new int[1];
        FaultSuite.Run run = suite.run(new FaultSuite.Fault("notification killed (kill -9) while its dispatcher "
                + "sends, started 2 s later", () -> {
            String facility = suite.facilities().get(0);
            int received = suite.following().sink().deliveries(facility).size();
            suite.following().sink().awaitDeliveries(facility, received + 1, Duration.ofSeconds(60));
            suite.kill(LocalStack.NOTIFICATION); // a webhook has just been answered: the dispatcher is sending
        }, Duration.ofSeconds(2), () -> {
            restarted[0] = Instant.now();
            before[0] = suite.following().sink().deliveries(suite.facilities().get(0)).size();
            stack.startService(LocalStack.NOTIFICATION);
            restarted[1] = Instant.now();
        }));
        Instant firstWebhook = suite.following().sink().deliveries(suite.facilities().get(0)).stream().skip(before[0])
                .findFirst().map(WebhookSink.Delivery::receivedAt).orElseThrow();
        run.row().notes().add(String.format(Locale.ROOT, "ready %.1f s after the restart, the first webhook after "
                + "%.1f s", seconds(restarted[0], restarted[1]), seconds(restarted[0], firstWebhook)));
    }

    @Test
    @Order(5)
    void aPoisonRecordOnEveryConsumedTopicIsDeadLetteredWithItsReasonAndThePartitionFlowsOn() throws Exception {
        List<List<PoisonRecords.Sent>> sent = new ArrayList<>();
        FaultSuite.Run run = suite.run(new FaultSuite.Fault("a poison record on every consumed topic", () -> sent.add(
                PoisonRecords.send(stack.kafkaBootstrapServers(), suite.products().get(0))), Duration.ZERO, () -> { }));
        List<PoisonRecords.Sent> poisons = sent.get(0);
        List<PoisonRecords.Letter> letters = PoisonRecords.deadLetters(stack.kafkaBootstrapServers(), poisons);
        assertEquals(PoisonRecords.deadLetterTopics().size(), letters.size(), "each consumer dead-lettered its poison "
                + "record: " + letters);
        long slowest = letters.stream().mapToLong(PoisonRecords.Letter::millis).max().orElse(0);
        for (PoisonRecords.Letter letter : letters) {
            assertTrue(letter.millis() <= 5_000, "dead-lettered within 5 s: " + letter);
            assertTrue(letter.reason() != null && !letter.reason().isBlank(), "with the reason: " + letter);
        }
        for (PoisonRecords.Sent poison : poisons) {
            if (poison.validEventId() != null) {
                assertTrue(PoisonRecords.applied(stack.jdbcUrl(LocalStack.NOTIFICATION), poison.validEventId()),
                        "the valid event after the poison record on " + poison.topic() + " was applied");
            }
        }
        run.row().notes().add(String.format(Locale.ROOT, "%d poison records on %d topics, %d dead letters with their "
                + "reason, the slowest after %.1f s; the valid events after them applied", poisons.size(),
                poisons.size(), letters.size(), slowest / 1000.0));
    }

    // --- the full suite (deploy/local/faults) ---------------------------------------------------------------------

    /** A fault of the full suite only: run with {@code -Dshortagewatch.faults=all}, as {@code deploy/local/faults} does. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Test
    @EnabledIfSystemProperty(named = FaultSuite.FAULTS, matches = "all")
    @interface FullSuiteFault {
    }

    @FullSuiteFault
    @Order(6)
    void manufacturerReportKilledMidBurst() throws Exception {
        killed(LocalStack.MANUFACTURER_REPORT);
    }

    @FullSuiteFault
    @Order(7)
    void wholesalerAllocationKilledMidBurst() throws Exception {
        killed(LocalStack.WHOLESALER_ALLOCATION);
    }

    @FullSuiteFault
    @Order(8)
    void theConnectionsToKafkaFrozenFor30Seconds() throws Exception {
        frozen("Kafka", stack.infrastructure().kafkaProxy());
    }

    @FullSuiteFault
    @Order(9)
    void theConnectionsToPostgresqlFrozenFor30Seconds() throws Exception {
        frozen("PostgreSQL", stack.infrastructure().postgresProxy());
    }

    @FullSuiteFault
    @Order(10)
    void theMailServerDownFor30Seconds() throws Exception {
        suite.run(new FaultSuite.Fault("the mail server down for 30 s", () -> suite.mail().down(), FROZEN,
                () -> suite.mail().up()));
    }

    private static void frozen(String what, TcpProxy proxy) throws Exception {
        suite.run(new FaultSuite.Fault("every connection to " + what + " frozen for 30 s", proxy::freeze, FROZEN,
                proxy::unfreeze));
    }

    private static void killed(String service) throws Exception {
        suite.run(new FaultSuite.Fault(service + " killed (kill -9), started 2 s later", () -> suite.kill(service),
                Duration.ofSeconds(2), () -> stack.startService(service)));
    }

    /** The burst's answers to posts sent within {@code window} ({@link System#nanoTime()} from and to). */
    private static List<StatusBurst.Answer> during(FaultSuite.Run run, long[] window) {
        return run.burst().answers().stream().filter(a -> a.sentAt() >= window[0] && a.sentAt() < window[1]).toList();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
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
