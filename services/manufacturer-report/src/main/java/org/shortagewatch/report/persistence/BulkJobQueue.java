package org.shortagewatch.report.persistence;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobOutcome;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The bulk jobs as a queue, on the SQL client: a runner claims the oldest queued job (or one whose runner stopped
 * beating) with a new attempt number, reports its progress, and finishes it, every step guarded by that attempt, so
 * a job taken over by another runner is applied once or not at all.
 */
@ApplicationScoped
public class BulkJobQueue {

    @Inject
    Pool pool;

    /**
     * Stores a new job and its file in the transaction of {@code c}; {@code channel} is notified at commit, so a
     * runner takes the job as soon as others can see it.
     */
    public Uni<Void> submit(SqlConnection c, BulkJob job, BulkJobFile file, String channel) {
        return c.preparedQuery("""
                insert into bulk_job (id, kind, org, admin, submitted_by, source_address, mode, format, content_sha256,
                                      state, submitted_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""")
                .execute(Tuple.from(Arrays.<Object>asList(job.id, job.kind.name(), job.org, job.admin, job.submittedBy,
                        job.sourceAddress, job.mode.name(), job.format.name(), job.contentSha256, job.state.name(),
                        job.submittedAt.atOffset(ZoneOffset.UTC))))
                .chain(() -> c.preparedQuery("insert into bulk_job_file (job_id, content, charset) values ($1, $2, $3)")
                        .execute(Tuple.of(file.jobId, Buffer.buffer(file.content), file.charset)))
                .chain(() -> c.query("select pg_notify('" + channel + "', '')").execute())
                .replaceWithVoid();
    }

    /** How many of the job's recorded changes the outbox relay has published to Kafka. */
    public Uni<Long> eventsPublished(UUID jobId) {
        return pool.preparedQuery("""
                select count(*) as published from status_change s join outbox o on o.event_id = s.event_id
                where s.bulk_job_id = $1 and o.published_at is not null""")
                .execute(Tuple.of(jobId))
                .map(rows -> rows.iterator().next().getLong("published"));
    }

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

    /** Records how many of the file's {@code total} rows have been checked, and that the runner is alive. */
    public Uni<Void> progress(ClaimedBulkJob job, int validated, int total) {
        return pool.preparedQuery("""
                update bulk_job set validated_rows = $2, total_rows = $4, heartbeat_at = now()
                where id = $1 and state = 'RUNNING' and attempts = $3""")
                .execute(Tuple.of(job.id(), validated, job.attempt(), total)).replaceWithVoid();
    }

    /**
     * Applies the effect and marks the job finished in one transaction, only if this attempt still holds the job:
     * otherwise the transaction rolls back and the effect is not applied.
     *
     * @param errors the errors column's value (see {@link BulkJobErrors})
     * @param effect answers how many of the accepted rows it found unchanged (recorded nothing for)
     */
    public Uni<Void> finish(ClaimedBulkJob job, BulkJobOutcome outcome, String errors,
            Function<SqlConnection, Uni<Integer>> effect) {
        return pool.withTransaction(c -> c.preparedQuery("""
                update bulk_job set state = $2, total_rows = $3, validated_rows = $3, accepted_rows = $4,
                       rejected_rows = $5, error_count = $6, errors = $7, failure = $8, failure_ja = $10,
                       finished_at = now(), heartbeat_at = now()
                where id = $1 and state = 'RUNNING' and attempts = $9""")
                .execute(Tuple.from(Arrays.asList(job.id(), outcome.state().name(), outcome.total(),
                        outcome.accepted(), outcome.rejected(), outcome.errors().size(), errors, outcome.failure(),
                        job.attempt(), outcome.reason() == null ? null : outcome.reason().ja())))
                .chain(updated -> {
                    if (updated.rowCount() != 1) {
                        throw new IllegalStateException("bulk job " + job.id() + " was taken over by another runner");
                    }
                    return effect.apply(c);
                })
                .chain(unchanged -> c.preparedQuery("update bulk_job set unchanged_rows = $2 where id = $1")
                        .execute(Tuple.of(job.id(), unchanged)))
                .replaceWithVoid());
    }
}
