package org.shortagewatch.notification.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;
import io.vertx.mutiny.core.Vertx;

/**
 * The CDI bean outside Quarkus, on a real Vert.x with a fake resolver: lookups run on a worker thread and the
 * answer comes back on the caller's (duplicated) context, where Hibernate Reactive keeps its session.
 */
class WebhookTargetsTest {

    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    /** Where a lookup ran and where its answer arrived. */
    record Observed(boolean resolvedOnWorker, boolean resolvedOnEventLoop, boolean sameContext, boolean onEventLoop,
            Object local, Throwable failure) {
    }

    private static WebhookTargets targets(boolean allowPrivate, Function<String, List<InetAddress>> resolver) {
        WebhookTargets t = new WebhookTargets(vertx, allowPrivate);
        t.resolver = resolver;
        return t;
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: parsed, not looked up
        } catch (Exception e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static final Map<String, List<InetAddress>> DNS = Map.of(
            "hooks.pharmacy.example.jp", List.of(ip("203.104.209.10")),
            "intranet.example", List.of(ip("10.1.2.3")),
            "localhost", List.of(ip("127.0.0.1")));

    /** The fake DNS above; IP literals answer themselves; anything else does not resolve. */
    private static List<InetAddress> fakeDns(String host) {
        if (DNS.containsKey(host)) {
            return DNS.get(host);
        }
        return host.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*") ? List.of(ip(host)) : List.of();
    }

    /** Runs {@code check} from inside a duplicated context (as a REST call does) and reports where things ran. */
    private static Observed checkFromADuplicatedContext(boolean allowPrivate, String url) throws Exception {
        boolean[] worker = new boolean[2];
        Function<String, List<InetAddress>> resolver = host -> {
            worker[0] = Context.isOnWorkerThread();
            worker[1] = Context.isOnEventLoopThread();
            return fakeDns(host);
        };
        WebhookTargets targets = targets(allowPrivate, resolver);
        ContextInternal duplicated = ((ContextInternal) vertx.getDelegate().getOrCreateContext()).duplicate();
        ((Context) duplicated).putLocal("session", "the caller's session");
        CompletableFuture<Observed> observed = new CompletableFuture<>();
        duplicated.runOnContext(v -> targets.check(url).subscribe().with(
                ok -> observed.complete(here(duplicated, worker, null)),
                failure -> observed.complete(here(duplicated, worker, failure))));
        return observed.get(10, TimeUnit.SECONDS);
    }

    private static Observed here(ContextInternal expected, boolean[] worker, Throwable failure) {
        Context current = io.vertx.core.Vertx.currentContext();
        return new Observed(worker[0], worker[1], current == expected, Context.isOnEventLoopThread(),
                current == null ? null : current.getLocal("session"), failure);
    }

    @Test
    void anAllowedTargetIsResolvedOnAWorkerAndAnsweredOnTheCallersContext() throws Exception {
        Observed o = checkFromADuplicatedContext(false, "https://hooks.pharmacy.example.jp/hooks/supply");
        assertNull(o.failure());
        assertTrue(o.resolvedOnWorker(), "the lookup ran on a worker thread");
        assertFalse(o.resolvedOnEventLoop(), "the lookup did not block the event loop");
        assertTrue(o.sameContext(), "the answer arrived on the caller's duplicated context");
        assertTrue(o.onEventLoop(), "the answer arrived on the event loop");
        assertEquals("the caller's session", o.local());
    }

    @Test
    void aRefusedTargetFailsWithA400ProblemNamingWebhookUrlOnTheCallersContext() throws Exception {
        Observed o = checkFromADuplicatedContext(false, "http://intranet.example/hook");
        ProblemException problem = assertInstanceOf(ProblemException.class, o.failure());
        assertEquals(400, problem.status());
        assertEquals(1, problem.errors().size());
        Problem.FieldError error = problem.errors().get(0);
        assertEquals("webhookUrl", error.field());
        assertEquals("#/webhookUrl", error.pointer());
        assertTrue(error.detail().contains("a private network address"), error.detail());
        assertEquals(error.detail(), problem.getMessage());
        assertTrue(o.sameContext());
        assertEquals("the caller's session", o.local());
    }

    @Test
    void syntaxAndLocalhostRefusalsAre400sToo() {
        WebhookTargets targets = targets(false, WebhookTargetsTest::fakeDns);
        for (String url : List.of("ftp://hooks.pharmacy.example.jp/x", "https://u:p@hooks.pharmacy.example.jp/x",
                "http://localhost:8083/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]/x",
                "https://nowhere.invalid/x")) {
            Throwable failure = targets.check(url).onItem().transform(v -> (Throwable) null)
                    .onFailure().recoverWithItem(f -> f).await().atMost(java.time.Duration.ofSeconds(10));
            ProblemException problem = assertInstanceOf(ProblemException.class, failure, url);
            assertEquals(400, problem.status());
            assertEquals("webhookUrl", problem.errors().get(0).field());
        }
    }

    @Test
    void privateTargetsPassWhenConfigured() throws Exception {
        WebhookTargets targets = targets(true, WebhookTargetsTest::fakeDns);
        assertTrue(targets.allowPrivateTargets());
        targets.check("http://localhost:8083/hook").await().atMost(java.time.Duration.ofSeconds(10));
        targets.check("http://10.0.0.5/hook").await().atMost(java.time.Duration.ofSeconds(10));
        WebhookTargetGuard.Verdict v = targets.verdict("http://localhost:8083/hook")
                .await().atMost(java.time.Duration.ofSeconds(10));
        assertTrue(v.allowed());
        assertEquals(List.of(ip("127.0.0.1")), v.addresses());

        Observed o = checkFromADuplicatedContext(true, "http://localhost:8083/hook");
        assertNull(o.failure());
        assertTrue(o.sameContext());
    }

    @Test
    void privateTargetsAreRefusedByDefault() {
        assertFalse(new WebhookTargets().allowPrivateTargets());
        Uni<Void> check = targets(false, WebhookTargetsTest::fakeDns).check("http://localhost:8083/hook");
        Throwable failure = check.onItem().transform(v -> (Throwable) null).onFailure().recoverWithItem(f -> f)
                .await().atMost(java.time.Duration.ofSeconds(10));
        assertInstanceOf(ProblemException.class, failure);
    }

    @Test
    void theVerdictCarriesTheCheckedAddresses() {
        WebhookTargetGuard.Verdict v = targets(false, WebhookTargetsTest::fakeDns)
                .verdict("https://hooks.pharmacy.example.jp/x").await().atMost(java.time.Duration.ofSeconds(10));
        assertTrue(v.allowed());
        assertSame(DNS.get("hooks.pharmacy.example.jp").get(0), v.addresses().get(0));
    }
}
