package org.shortagewatch.common.health;

import org.shortagewatch.common.config.OutboxSettings;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * How far the outbox is behind: events committed but not yet on Kafka. While the broker is away a service keeps
 * accepting writes (its events wait in the outbox), so this is a metric and a warning, never a reason to refuse
 * work: the readiness check it adds is always UP and only reports the figures.
 *
 * <p>Metrics: {@code shortagewatch.outbox.pending} (rows) and {@code shortagewatch.outbox.oldest_pending_seconds};
 * a warning is logged while the oldest waits longer than {@code shortagewatch.outbox.lag-warning} (60 s).
 */
@Startup
@Readiness
@ApplicationScoped
public class OutboxLag implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(OutboxLag.class);

    @Inject
    Pool pool;

    @Inject
    OutboxSettings settings;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    @Inject
    void register(MeterRegistry meters) {
        Gauge.builder("shortagewatch.outbox.pending", pending, AtomicLong::get)
                .description("events committed but not yet published to Kafka").register(meters);
        Gauge.builder("shortagewatch.outbox.oldest_pending_seconds", oldestSeconds, AtomicLong::get)
                .description("age of the oldest event not yet published to Kafka").baseUnit("seconds").register(meters);
    }

    @Scheduled(every = "${shortagewatch.outbox.lag-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> measure() {
        return pool.query("""
                select count(*) as pending,
                       coalesce(extract(epoch from now() - min(created_at)), 0)::bigint as oldest
                from outbox where published_at is null""")
                .execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    pending.set(row.getLong("pending"));
                    oldestSeconds.set(row.getLong("oldest"));
                    if (oldestSeconds.get() > settings.lagWarning().toSeconds()) {
                        LOG.warnf("outbox: %d event(s) not yet on Kafka, the oldest for %d s; is the broker reachable?",
                                pending.get(), oldestSeconds.get());
                    }
                })
                .onFailure().invoke(failure -> LOG.debugf("outbox lag not measured: %s", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox")
                .up()
                .withData("pending", pending.get())
                .withData("oldestPendingSeconds", oldestSeconds.get())
                .build();
    }
}
