package org.shortagewatch.notification.network;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.notification.config.NotificationSettings;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Checks subscribers' webhook URLs against server-side request forgery ({@link WebhookTargetGuard}), resolving
 * their hosts on a worker thread so the event loop never waits for DNS.
 *
 * <p>The answer comes back on the caller's Vert.x context (Vert.x delivers an {@code executeBlocking} result
 * there), so a caller inside a Hibernate Reactive session or transaction can carry on with it.
 *
 * <p>{@code shortagewatch.webhook.allow-private-targets=true} lets webhooks go to loopback and private addresses:
 * for the local demo only, never in production.
 */
@ApplicationScoped
public class WebhookTargets {

    private final Vertx vertx;
    private final boolean allowPrivateTargets;

    /** Blocking; tests put a fake here. */
    Function<String, List<InetAddress>> resolver = WebhookTargetGuard.SYSTEM_RESOLVER;

    @Inject
    WebhookTargets(Vertx vertx, NotificationSettings.Webhook settings) {
        this(vertx, settings.allowPrivateTargets());
    }

    /** Without settings: private targets are refused, the safe choice. */
    WebhookTargets() {
        this(null, false);
    }

    WebhookTargets(Vertx vertx, boolean allowPrivateTargets) {
        this.vertx = vertx;
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /**
     * Completes when the URL may be called; fails with a 400 {@link ProblemException} naming {@code webhookUrl}
     * when it may not.
     */
    public Uni<Void> check(String url) {
        return verdict(url).chain(verdict -> verdict.allowed() ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.invalidField(verdict.field(), verdict.refusal())));
    }

    /**
     * The full decision, with the addresses the host resolved to when allowed: for the dispatcher, to check again
     * at delivery time (DNS rebinding) and, ideally, to connect to exactly those addresses.
     */
    public Uni<WebhookTargetGuard.Verdict> verdict(String url) {
        WebhookTargetGuard guard = new WebhookTargetGuard(allowPrivateTargets, resolver);
        // unordered: independent lookups from one context (a dispatcher's batch) need not wait for each other
        return vertx.executeBlocking(Uni.createFrom().item(() -> guard.check(url)), false);
    }

    public boolean allowPrivateTargets() {
        return allowPrivateTargets;
    }
}
