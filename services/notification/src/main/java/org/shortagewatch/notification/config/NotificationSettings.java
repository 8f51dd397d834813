package org.shortagewatch.notification.config;

import java.time.Duration;
import java.util.List;

import org.shortagewatch.notification.domain.RetrySchedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * Every setting of the notification service, typed, in one place: one mapping per prefix, injected where it is
 * used. A value set in {@code application.properties} has its default there (documented beside its neighbours);
 * only a setting that file leaves out has a {@code @WithDefault} here. The digest's {@code shortagewatch.digest.cron}
 * is read by the scheduler, and the settings of services/common ({@code outbox}, {@code rate-limit}, ...) there.
 */
public final class NotificationSettings {

    private NotificationSettings() {
    }

    /** {@code shortagewatch.webhook.*}: pushed delivery (webhooks, and e-mail, which shares the retry schedule). */
    @ConfigMapping(prefix = "shortagewatch.webhook")
    public interface Webhook {

        /** Delays between attempts after the first. */
        List<Duration> retrySchedule();

        /**
         * How long one send (a webhook call, an e-mail) may take from its start to its answer; also how long after its
         * claim a round may still start sends (the claim's lease covers both, and the settlement).
         */
        Duration timeout();

        /** Deliveries claimed and sent per round; their outcomes are recorded together. */
        int batchSize();

        /** Webhook calls a round makes at once, to all endpoints together. */
        int webhooksInFlight();

        /** E-mails a round sends at once: the mailer's connections ({@code quarkus.mailer.max-pool-size}). */
        int emailsInFlight();

        /**
         * Open connections to one endpoint (host and port) at most: a batch addressed to one receiver is sent this
         * many at a time, over kept-alive connections.
         */
        int connectionsPerEndpoint();

        /**
         * Database connections of the delivery dispatcher's own, beside the application's pool: its claims and
         * settlements never wait behind the consumers' transactions for a connection, nor they behind its.
         */
        int dispatcherConnections();

        /** How often the dispatcher looks for due deliveries without being notified. */
        Duration sweepInterval();

        /** Lets webhooks go to loopback and private addresses: the local demo and tests only, never production. */
        boolean allowPrivateTargets();

        /** A webhook endpoint failing without a single success for this long is disabled. */
        Duration disableAfter();

        /** After a secret rotation, webhooks are signed with the previous secret too, for this long. */
        Duration previousSecretValidity();

        /** {@link #retrySchedule()} as the rule deliveries are retried by. */
        default RetrySchedule retry() {
            return new RetrySchedule(retrySchedule());
        }
    }

    /** {@code shortagewatch.sse.*}: server-sent event streams. */
    @ConfigMapping(prefix = "shortagewatch.sse")
    public interface Sse {

        /** How often a stream looks for new rows when no commit has woken it (a missed or lost notification). */
        Duration pollInterval();
    }

    /** {@code shortagewatch.public-url}: the service's public address, which links in notices and webhooks start with. */
    @ConfigMapping(prefix = "shortagewatch.public-url")
    public interface PublicUrl {

        @WithParentName
        @WithDefault("http://localhost:8083")
        String value();
    }
}
