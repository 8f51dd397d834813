package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;

import io.restassured.path.json.JsonPath;

/**
 * The fault suite's system and its one oracle. The system: the three services as processes on a broker of their own
 * (killed with SIGKILL, or its connections frozen through a proxy), PostgreSQL behind a proxy (stopped abruptly, its
 * connections cut or frozen) and a mail server that can go down. Each fault is a run of its own: a burst of status
 * changes to products of its own, followed by facilities of its own on every channel ({@link Followers}), with the
 * fault inflicted during the burst and repaired again. Afterwards every change answered 2xx has reached every
 * follower on every channel exactly once (a re-send under the same id is allowed), in each product's revision order,
 * and wholesaler-allocation; no change the service refused was stored or delivered; no valid event was dead-lettered.
 * Each run's figures become a row of the table ({@link FaultTable}).
 */
final class FaultSuite implements AutoCloseable {

    /** Set to "all" to run every fault, not only the quick ones the build runs ({@link #ALL}). */
    static final String FAULTS = "shortagewatch.faults";
    static final boolean ALL = "all".equals(System.getProperty(FAULTS));
    /** Where to write the table (docs/faults.md), if anywhere. */
    static final String TABLE = "shortagewatch.faults.table";

    private static final int PRODUCTS = 6;
    private static final int FOLLOWERS = 3;
    private static final int POSTS_PER_PRODUCT = Integer.getInteger("shortagewatch.faults.posts", 60);
    private static final Duration PAUSE = Duration.ofMillis(300);
    private static final Duration FAULT_AFTER = Duration.ofSeconds(5);
    private static final Duration CATCH_UP = Duration.ofMinutes(4);

    /** One step of a fault (inflicting it, repairing it). */
    interface Step {
        void run() throws Exception;
    }

    /** A fault: inflicted during the burst, held, then repaired. */
    record Fault(String name, Step inflict, Duration hold, Step repair) {
    }

    /** A run's figures and its burst, for the checks a fault makes of its own. */
    record Run(FaultTable.Row row, StatusBurst burst) {
    }

    private final LocalStack stack;
    private final WebhookFollowing following;
    private final MailCatcher mail;
    private final Path data;
    private final List<FaultTable.Row> rows = new ArrayList<>();
    private volatile List<String> runProducts = List.of();
    private volatile List<String> runFacilities = List.of();
    private final Set<String> killed = java.util.concurrent.ConcurrentHashMap.newKeySet(); // by the run's fault

    private FaultSuite(LocalStack stack, WebhookFollowing following, MailCatcher mail, Path data) {
        this.stack = stack;
        this.following = following;
        this.mail = mail;
        this.data = data;
    }

    static FaultSuite start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        Path data = Files.createTempDirectory("shortage-watch-faults-");
        MailCatcher mail = MailCatcher.start();
        LocalStack stack = null;
        try {
            stack = new LocalStack(LocalStack.options(root)
                    .dataDir(data)
                    .logDir(Path.of("target", "fault-logs")) // kept for reading after the run
                    .kafkaBehindProxy() // a broker process of its own, killed with SIGKILL or frozen
                    .postgresBehindProxy()
                    .env(LocalStack.NOTIFICATION, Map.of("SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true",
                            "QUARKUS_MAILER_HOST", "127.0.0.1", "QUARKUS_MAILER_PORT", Integer.toString(mail.port()),
                            "QUARKUS_MAILER_START_TLS", "DISABLED",
                            // mail refused while the server is down is tried again within seconds, not minutes
                            "SHORTAGEWATCH_WEBHOOK_RETRY_SCHEDULE", "2s,4s,8s,15s,30s,30s,60s,60s,120s"))
                    .env(LocalStack.MANUFACTURER_REPORT, "SHORTAGEWATCH_RATE_LIMIT_ENABLED", "false")
                    .build()).start();
            return new FaultSuite(stack, WebhookFollowing.start(stack, List.of(), List.of()), mail, data);
        } catch (Exception | Error e) {
            WebhookFollowing.stop(null, stack, data);
            mail.close();
            throw e;
        }
    }

    LocalStack stack() {
        return stack;
    }

    WebhookFollowing following() {
        return following;
    }

    MailCatcher mail() {
        return mail;
    }

    /** Kills the service (SIGKILL) as the run's fault: the one service the oracle allows to have been restarted. */
    void kill(String service) throws InterruptedException {
        killed.add(service);
        stack.kill(service);
    }

    /** The products of the run going on (or of the last one). */
    List<String> products() {
        return runProducts;
    }

    /** The facilities following them. */
    List<String> facilities() {
        return runFacilities;
    }

    /** Runs the fault during a burst of its own and checks everything the oracle asks; its figures join the table. */
    Run run(Fault fault) throws Exception {
        int number = rows.size() + 1;
        List<String> products = new ArrayList<>();
        List<String> facilities = new ArrayList<>();
        for (int i = 1; i <= PRODUCTS; i++) {
            products.add(YjCodes.withCheckCharacter(String.format("62%02d%03dF101", number, i)));
        }
        for (int i = 1; i <= FOLLOWERS; i++) {
            facilities.add(FacilityCodes.withCheckDigit(String.format("134%02d%04d", number, i)));
        }
        runProducts = List.copyOf(products);
        runFacilities = List.copyOf(facilities);
        killed.clear();
        Map<String, Long> pids = pids();
        try (Followers followers = Followers.start(stack, following, mail, products, facilities)) {
            StatusBurst burst = new StatusBurst(products, following.token("manufacturer", "MFR001"),
                    n -> stack.serviceUrl(LocalStack.MANUFACTURER_REPORT));
            long[] recoveryMillis = {-1};
            burst.run(POSTS_PER_PRODUCT, PAUSE, FAULT_AFTER, () -> {
                fault.inflict().run();
                Thread.sleep(fault.hold().toMillis());
                Set<String> before = burst.acknowledged();
                long repair = System.nanoTime();
                fault.repair().run();
                if (caughtUp(followers, before)) {
                    recoveryMillis[0] = (System.nanoTime() - repair) / 1_000_000;
                }
            });
            Set<String> acknowledged = burst.acknowledged();
            caughtUp(followers, acknowledged); // what is still missing then is counted below
            Thread.sleep(2_000); // anything sent again, or under a second id, would be on its way by now
            Receipts.Tally tally = followers.tally(acknowledged);
            Set<String> stored = stored(products);
            Set<String> storedWithout2xx = new TreeSet<>(stored);
            storedWithout2xx.removeAll(acknowledged);
            Set<Integer> refusals = new TreeSet<>();
            burst.answers().stream().map(StatusBurst.Answer::status).filter(s -> s != 201 && s != 0)
                    .forEach(refusals::add);
            FaultTable.Row row = new FaultTable.Row(fault.name(), acknowledged.size(),
                    burst.notAcknowledged() - burst.unanswered(), burst.unanswered(), tally.expected(),
                    tally.received(), tally.missing(), tally.duplicates(), tally.resent(), tally.outOfOrder(),
                    tally.unacknowledged().size(), recoveryMillis[0] / 1000.0, new ArrayList<>());
            if (burst.retried() > 0) {
                row.notes().add(burst.retried() + " posts tried again with their Idempotency-Key"
                        + (burst.storedThough503() == 0 ? "" : ", " + burst.storedThough503()
                                + " of them stored though answered 503 (the retry got the change back)"));
            }
            rows.add(row);
            System.out.println("fault suite: " + row.markdown());

            assertEquals(0, tally.missing() + tally.duplicates() + tally.outOfOrder(), "every acknowledged change "
                    + "to every follower on every channel, once, in revision order: " + tally.problems());
            assertTrue(tally.problems().isEmpty(), tally.problems().toString());
            assertTrue(stored.containsAll(acknowledged), "every change answered 2xx is kept");
            assertTrue(storedWithout2xx.size() <= burst.unanswered(), "no change refused with a status was stored "
                    + "(only a post without an answer may have been): " + storedWithout2xx);
            assertTrue(stored.containsAll(tally.unacknowledged()), "nothing delivered that was not stored");
            assertEquals(0, followers.tally(stored).missing(), "a change stored though its post got no answer "
                    + "reached every follower too: " + followers.tally(stored).problems());
            assertTrue(Set.of(409, 503).containsAll(refusals), "a post the system could not take was answered 503 (or "
                    + "409 to a retry while the first attempt was still processed, or not in time), never anything "
                    + "else: " + refusals);
            following.assertNoValidEventWasDeadLettered();
            Map<String, Long> now = pids();
            Set<String> restarted = new TreeSet<>(pids.keySet());
            restarted.removeIf(service -> pids.get(service).equals(now.get(service)));
            assertTrue(killed.containsAll(restarted), "no service restarted but the one killed: " + restarted);
            return new Run(row, burst);
        }
    }

    /**
     * Waits until every change of {@code changes} has reached every follower on every channel and
     * wholesaler-allocation holds each product at its latest revision of them (or later); false if that takes longer
     * than {@link #CATCH_UP}.
     */
    private boolean caughtUp(Followers followers, Collection<String> changes) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        String behind = "";
        while (System.nanoTime() < deadline) {
            try {
                Receipts.Tally tally = followers.tally(changes);
                behind = tally.missing() > 0 ? tally.problems().toString() : allocationBehind(changes);
                if (behind.isEmpty()) {
                    return true;
                }
            } catch (Exception notYet) {
                behind = notYet.toString(); // a reader's database or a service is away: wait
            }
            Thread.sleep(500);
        }
        System.out.println("fault suite: not caught up within " + CATCH_UP + ": " + behind);
        return false;
    }

    /** The products whose revision in wholesaler-allocation's view is behind the latest of {@code changes}. */
    private String allocationBehind(Collection<String> changes) {
        Map<String, Long> latest = new HashMap<>();
        for (String change : changes) {
            Receipts.Receipt c = new Receipts.Receipt("", change);
            latest.merge(c.product(), c.revision(), Math::max);
        }
        StringBuilder behind = new StringBuilder();
        latest.forEach((yj, revision) -> {
            JsonPath view = following.at(LocalStack.WHOLESALER_ALLOCATION).when().get("/api/v1/products/{yj}", yj)
                    .then().extract().jsonPath();
            long held = view.get("revision") == null ? 0 : view.getLong("revision");
            if (held < revision) {
                behind.append(yj).append(" at #").append(held).append(" < #").append(revision).append(' ');
            }
        });
        return behind.toString();
    }

    /** Every change manufacturer-report stored for the products ({@code yj#revision}), announced or in effect. */
    private Set<String> stored(List<String> products) {
        Set<String> stored = new TreeSet<>();
        for (String yj : products) {
            JsonPath status = following.at(LocalStack.MANUFACTURER_REPORT).when()
                    .get("/api/v1/products/{yj}/status", yj).then().statusCode(200).extract().jsonPath();
            for (String part : List.of("history", "upcoming")) {
                List<Number> revisions = status.getList(part + ".revision", Number.class);
                revisions.forEach(r -> stored.add(yj + "#" + r.longValue()));
            }
        }
        return stored;
    }

    private Map<String, Long> pids() {
        Map<String, Long> pids = new HashMap<>();
        LocalStack.SERVICES.forEach(service -> pids.put(service.name(), stack.pid(service.name())));
        return pids;
    }

    /** The table of the runs so far. */
    String table() {
        return FaultTable.markdown(rows, String.format("Run on %s: %d faults, each a burst of %d status changes "
                        + "(%d products, %d posts each, one every %d ms per product), followed by %d facilities on %d "
                        + "channels (webhook, server-sent events, inbox, e-mail).",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE), rows.size(),
                PRODUCTS * POSTS_PER_PRODUCT, PRODUCTS, POSTS_PER_PRODUCT, PAUSE.toMillis(), FOLLOWERS,
                Followers.CHANNELS.size()));
    }

    /** Prints the table (and writes it into the file {@value #TABLE} names), stops the stack and the mail server. */
    @Override
    public void close() {
        try {
            if (!rows.isEmpty()) {
                System.out.println(table());
                String file = System.getProperty(TABLE);
                if (file != null && !file.isBlank()) {
                    FaultTable.writeInto(Path.of(file), table());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            WebhookFollowing.stop(following, stack, data);
            mail.close();
        }
    }
}
