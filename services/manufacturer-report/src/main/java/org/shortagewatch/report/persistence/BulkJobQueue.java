package org.shortagewatch.report.persistence;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobOutcome;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The bulk jobs as a queue: a runner claims the oldest queued job (or one whose runner stopped beating) with a new
 * attempt number and reports its progress on the SQL client (the runner's own claims), and finishes it on the
 * session in the transaction that applies its rows, every step guarded by that attempt, so a job taken over by
 * another runner is applied once or not at all.
 */
@ApplicationScoped
public class BulkJobQueue {

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    /** Claims the oldest waiting job, or a running one not heard of for {@code staleAfter}; null when none waits. */
    public Uni<ClaimedBulkJob> claim(Duration staleAfter) {
        return pool.withTransaction(c -> c.preparedQuery("""
                update bulk_job j set state = 'RUNNING', attempts = j.attempts + 1,
                       started_at = coalesce(j.started_at, now()), heartbeat_at = now()
                where j.id = (select id from bulk_job
                              where state = 'QUEUED'
                                 or (state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => $1))
                              order by submitted_at limit 1 for update skip locked)
                returning j.id, j.kind, j.mode, j.format, j.org, j.submitted_by, j.source_address, j.attempts,
                          (select content from bulk_job_file f where f.job_id = j.id) as content,
                          (select charset from bulk_job_file f where f.job_id = j.id) as charset,
                          j.admin""")
                .execute(Tuple.of((double) staleAfter.toSeconds()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return new ClaimedBulkJob(r.getUUID("id"), BulkJobKind.valueOf(r.getString("kind")),
                            BulkMode.valueOf(r.getString("mode")), FileFormat.valueOf(r.getString("format")),
                            r.getString("org"), r.getBoolean("admin"), r.getString("submitted_by"),
                            r.getString("source_address"), r.getInteger("attempts"),
                            r.getBuffer("content").getBytes(), r.getString("charset"));
                }));
    }

    /** Puts a job whose attempt failed back in the queue, with why, if this attempt still holds it. */
    public Uni<Void> requeue(ClaimedBulkJob job, String failure) {
        return pool.preparedQuery("update bulk_job set state = 'QUEUED', failure = $2 where id = $1"
                + " and state = 'RUNNING' and attempts = $3")
                .execute(Tuple.of(job.id(), failure, job.attempt()))
                .replaceWithVoid();
    }

    /** Records how many rows were read and checked, and that the runner is alive. */
    public Uni<Void> progress(ClaimedBulkJob job, int validated) {
        return pool.preparedQuery("""
                update bulk_job set validated_rows = $2, total_rows = $2, heartbeat_at = now()
                where id = $1 and state = 'RUNNING' and attempts = $3""")
                .execute(Tuple.of(job.id(), validated, job.attempt())).replaceWithVoid();
    }

    /**
     * Applies the effect and marks the job finished in one transaction on the session, only if this attempt still
     * holds the job: otherwise the transaction rolls back and the effect is not applied.
     *
     * @param errors the errors column's value (see {@link BulkJobErrors})
     */
    public Uni<Void> finish(ClaimedBulkJob job, BulkJobOutcome outcome, String errors,
            Function<Mutiny.Session, Uni<Void>> effect) {
        return onOwnContext(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("""
                        update bulk_job set state = :state, total_rows = :total, validated_rows = :total,
                               accepted_rows = :accepted, rejected_rows = :rejected, error_count = :error_count,
                               errors = cast(:errors as text), failure = cast(:failure as text), finished_at = now(),
                               heartbeat_at = now()
                        where id = :id and state = 'RUNNING' and attempts = :attempt""")
                .setParameter("id", job.id())
                .setParameter("state", outcome.state().name())
                .setParameter("total", outcome.total())
                .setParameter("accepted", outcome.accepted())
                .setParameter("rejected", outcome.rejected())
                .setParameter("error_count", outcome.errors().size())
                .setParameter("errors", errors)
                .setParameter("failure", outcome.failure())
                .setParameter("attempt", job.attempt())
                .executeUpdate()
                .chain(updated -> {
                    if (updated != 1) {
                        throw new IllegalStateException("bulk job " + job.id() + " was taken over by another runner");
                    }
                    return effect.apply(session);
                }))));
    }

    /**
     * Runs {@code work} on a Vert.x context of its own, where a Panache session can open: the runner is woken on an
     * event loop's root context and continues on a worker thread after reading the file, neither of which holds one.
     */
    private <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().deferred(work::get).runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
