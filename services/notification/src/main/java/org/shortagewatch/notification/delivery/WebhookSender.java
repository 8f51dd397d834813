package org.shortagewatch.notification.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.domain.DeliveryPolicy;
import org.shortagewatch.notification.domain.RetrySchedule;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.network.WebhookTargetGuard;
import org.shortagewatch.notification.persistence.DeliveryAttempt;
import org.shortagewatch.notification.persistence.DueDelivery;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Sends one webhook: signed per Standard Webhooks (with the previous secret too while it is valid), POSTed without
 * following redirects, over kept-alive connections (at most {@code connections-per-endpoint} to one endpoint), and
 * judged by {@link DeliveryPolicy}: what the answer (or its absence) means for the next attempt. The
 * {@code webhook-id} is the ledger row's id, the same on every retry, so receivers can drop a repeat. Non-blocking
 * throughout.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    @Inject
    Vertx vertx;

    @Inject
    DeliveryClock clock;

    @Inject
    NotificationSettings.Webhook settings;

    private RetrySchedule schedule;
    private WebClient client;

    @PostConstruct
    void createClient() {
        schedule = settings.retry();
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis())
                .setFollowRedirects(false)
                .setKeepAlive(true)
                .setMaxPoolSize(settings.connectionsPerEndpoint())
                .setUserAgent("ShortageWatch-Webhooks/1.0"));
    }

    /**
     * The endpoint a URL is called at, as the client pools its connections (scheme, host and port); the URL itself
     * when it names none (it is then refused, or fails, without a connection).
     */
    public static String endpoint(String url) {
        try {
            URI uri = url == null ? null : new URI(url);
            if (uri == null || uri.getHost() == null) {
                return String.valueOf(url);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /**
     * Sends the webhook if its target (checked again just before, against DNS rebinding) may be called; never fails
     * (a failed send is an attempt to record).
     */
    public Uni<DeliveryAttempt> send(DueDelivery due, WebhookTargetGuard.Verdict verdict) {
        if (due.url() == null) {
            return Uni.createFrom().item(DeliveryAttempt.failedForGood(due, "the subscription has no webhook URL"));
        }
        if (!verdict.allowed()) {
            return Uni.createFrom().item(DeliveryAttempt.failedForGood(due, "target refused: " + verdict.reason()));
        }
        return post(due).onFailure().recoverWithItem(failure -> new DeliveryAttempt(due, null,
                failure.getClass().getSimpleName() + ": " + failure.getMessage(),
                DeliveryPolicy.decide(due.attempts(), null, Optional.empty(), schedule), 0));
    }

    private Uni<DeliveryAttempt> post(DueDelivery due) {
        String msgId = due.id().toString();
        long timestamp = clock.now().getEpochSecond();
        String signature = WebhookSigner.sign(due.secret(), msgId, timestamp, due.payload());
        if (due.previousSecret() != null) {
            signature = signature + " " + WebhookSigner.sign(due.previousSecret(), msgId, timestamp, due.payload());
        }
        long started = System.nanoTime();
        return client.postAbs(due.url())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader("webhook-id", msgId)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signature)
                .timeout(settings.timeout().toMillis())
                .sendBuffer(Buffer.buffer(due.payload()))
                .onItemOrFailure().transform((response, failure) -> attempt(due, response, failure,
                        (int) Duration.ofNanos(System.nanoTime() - started).toMillis()));
    }

    private DeliveryAttempt attempt(DueDelivery due, HttpResponse<Buffer> response, Throwable failure, int millis) {
        Integer status = response == null ? null : response.statusCode();
        Optional<Duration> retryAfter = response == null ? Optional.empty()
                : DeliveryPolicy.parseRetryAfter(response.getHeader("Retry-After"), clock.now());
        DeliveryPolicy.Decision decision = DeliveryPolicy.decide(due.attempts(), status, retryAfter, schedule);
        String error = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : decision.status() == DeliveryPolicy.Status.DELIVERED ? null : "HTTP " + status;
        if (decision.status() != DeliveryPolicy.Status.DELIVERED) {
            LOG.debugf("webhook %s attempt %d: %s -> %s", due.id(), due.attempts(), error, decision.status());
        }
        return new DeliveryAttempt(due, status, error, decision, millis);
    }
}
