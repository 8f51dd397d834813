package org.shortagewatch.common.schedule;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Runs a periodic job once per period across every instance of the service. Each instance's {@code @Scheduled} timer
 * fires; the first to claim the job's row in {@code scheduled_run} runs it, the others skip. The claim is one
 * statement on the database's clock, so instances need not agree on theirs; it holds for the period, so an instance
 * that dies mid-run is replaced by whichever instance fires next after the period.
 *
 * <p>The period a job claims is a little shorter than its schedule's (a timer that fires a few seconds early must not
 * find its own previous claim still in force), and at least as long as a run takes, so two runs never overlap.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);

    /** This process, as the rows name it: its process id and host, as the JVM reports them. */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    Pool pool;

    /**
     * Runs {@code job} if no instance has started it within {@code period}; otherwise completes with {@code null}
     * without running it.
     */
    public <T> Uni<T> once(String jobName, Duration period, Supplier<Uni<T>> job) {
        return claim(jobName, period).chain(claimed -> {
            if (!claimed) {
                LOG.debugf("%s: another instance ran it within %s; skipped", jobName, period);
                return Uni.createFrom().nullItem();
            }
            return job.get();
        });
    }

    /** Claims the job for this instance: true when no instance started it within {@code period}. */
    public Uni<Boolean> claim(String jobName, Duration period) {
        return pool.preparedQuery("""
                        insert into scheduled_run as r (job, started_at, instance) values ($1, now(), $3)
                        on conflict (job) do update set started_at = now(), instance = $3
                            where r.started_at <= now() - make_interval(secs => $2)
                        returning r.job""")
                .execute(Tuple.of(jobName, (double) period.toMillis() / 1000, INSTANCE))
                .map(rows -> rows.rowCount() == 1);
    }
}
