package org.shortagewatch.report.service;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.config.UploadSettings;
import org.shortagewatch.common.messaging.QueueWorker;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobOutcome;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.report.persistence.BulkJobErrors;
import org.shortagewatch.report.persistence.BulkJobQueue;
import org.shortagewatch.report.persistence.ClaimedBulkJob;
import org.shortagewatch.report.persistence.ProductCatalog;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Runs bulk uploads after they were acknowledged, one job at a time. The worker claims the oldest queued job (or one
 * whose runner stopped beating), reads and checks every row, and applies the accepted rows in one transaction that
 * also marks the job finished, guarded by the attempt it claimed: a job is applied once or not at all, whatever
 * crashes. A national list of 18,520 rows takes one transaction, not 18,520.
 *
 * <p>A {@link QueueWorker}: woken when an upload commits (channel {@value #CHANNEL}) and swept every
 * {@code shortagewatch.bulk.runner.sweep-interval}; a job that ran makes it look for the next at once.
 */
@ApplicationScoped
public class BulkJobWorker extends QueueWorker {

    /** The PostgreSQL notification an upload sends at commit. */
    public static final String CHANNEL = "bulk_job";
    private static final Logger LOG = Logger.getLogger(BulkJobWorker.class);
    private static final int MAX_ATTEMPTS = 3;
    /** How often the check of a file's rows shows its progress: every this many rows, or at least this often. */
    private static final int PROGRESS_ROWS = 1000;
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    private static final Duration PROGRESS_WRITE_TIMEOUT = Duration.ofSeconds(10);
    /** The effect of a job that records nothing. */
    private static final Function<SqlConnection, Uni<Integer>> NOTHING = c -> Uni.createFrom().item(0);

    @Inject
    BulkJobRunnerSettings settings;

    @Inject
    BulkJobQueue queue;

    @Inject
    BulkJobErrors errors;

    @Inject
    ProductCatalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    UploadSettings upload;

    @Inject
    BulkFileImports imports;

    /** One job at a time: a job is a whole file. */
    @Override
    protected Spec spec() {
        return new Spec("bulk job runner", CHANNEL, 1, settings.sweepInterval(), settings.enabled());
    }

    /** Claims and runs one job; 1 when it ran one (look for another at once), 0 when none was waiting. */
    @Override
    protected Uni<Integer> drainOnce() {
        return queue.claim(settings.staleAfter())
                .chain(job -> job == null ? Uni.createFrom().item(0) : run(job).replaceWith(1));
    }

    private Uni<Void> run(ClaimedBulkJob job) {
        if (job.attempt() > MAX_ATTEMPTS) {
            return finish(job, BulkJobOutcome.gaveUp(MAX_ATTEMPTS), NOTHING);
        }
        LOG.infof("bulk job %s (%s, %s) attempt %d", job.id(), job.kind(), job.mode(), job.attempt());
        Uni<Void> work = job.kind() == BulkJobKind.STATUS_CHANGES ? importFile(job, imports.statusChanges())
                : importFile(job, imports.products());
        return work.onFailure().recoverWithUni(failure -> {
            LOG.errorf(failure, "bulk job %s failed on attempt %d", job.id(), job.attempt());
            return queue.requeue(job, String.valueOf(failure.getMessage()));
        });
    }

    /** A file read into rows; {@code file} null when it could not be read ({@code problem} says why). */
    private record Read<T>(ListFile file, List<ParsedRow<T>> rows, Text problem) {
    }

    /**
     * The one path of every job: read and check the file off the event loop, look up the holders of the products it
     * names, refuse what the uploader may not write, find the rows that repeat what is recorded, then finish the job
     * and record the other accepted rows together, with one audit entry for the job and what the repeated rows
     * confirm (a status row, its product's status unchanged).
     */
    private <T> Uni<Void> importFile(ClaimedBulkJob job, BulkFileImport<T> fileImport) {
        return offloaded(job, fileImport).chain(read -> {
            if (read.file() == null) {
                return finish(job, BulkJobOutcome.unreadable(read.problem()), NOTHING);
            }
            return catalog.holders(fileImport.productsNamed().in(read.rows())).chain(holders -> {
                fileImport.checkHolders().refuseForeign(read.file(), read.rows(), holders, job.restrictedTo());
                return fileImport.repeats().in(read.file(), read.rows());
            }).chain(repeated -> {
                List<T> accepted = read.rows().stream().filter(ParsedRow::valid).map(ParsedRow::value).toList();
                List<T> changed = accepted.stream().filter(value -> !repeated.contains(value)).toList();
                List<T> repeats = accepted.stream().filter(repeated::contains).toList();
                int unchanged = accepted.size() - changed.size();
                BulkJobOutcome outcome = BulkJobOutcome.of(job.mode(), read.rows(), accepted.size());
                int total = read.rows().size();
                return queue.progress(job, total, total).chain(() -> finish(job, outcome,
                        c -> outcome.recordsRows() ? fileImport.record().accepted(c, job, changed)
                                .call(alsoUnchanged -> audited(c, job, changed.size() - alsoUnchanged))
                                .call(() -> fileImport.confirm().unchanged(c, job, repeats))
                                .map(alsoUnchanged -> unchanged + alsoUnchanged) : Uni.createFrom().item(0)));
            });
        });
    }

    /** The job's one audit entry, in the uploader's name, in the transaction that recorded its rows. */
    private Uni<Void> audited(SqlConnection c, ClaimedBulkJob job, int rows) {
        return audit.record(c, job.kind().applied(), job.kind().auditSubject(job.id(), rows), job.submittedBy(),
                job.org(), job.sourceAddress());
    }

    /**
     * Reads and checks the file on a worker thread of the default pool, as it always was: parsing a national list is
     * CPU work, not for the event loop the sweep and the notifications wake this worker on.
     */
    private <T> Uni<Read<T>> offloaded(ClaimedBulkJob job, BulkFileImport<T> fileImport) {
        return Uni.createFrom().item(() -> {
            try {
                ListFile file = ListFile.read(job.format(), job.content(), job.charset(), upload.maxRows());
                int total = file.rows().size();
                showProgress(job, 0, total);
                ValidationProgress progress = new ValidationProgress(PROGRESS_ROWS, PROGRESS_INTERVAL,
                        System::nanoTime, checked -> showProgress(job, checked, total));
                return new Read<>(file, fileImport.read().rows(file, job, progress), null);
            } catch (org.shortagewatch.common.bulk.Sheet.UnreadableFile e) {
                return new Read<T>(null, List.of(), e.reason());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * Writes how far the check got, waiting for it on the worker thread that checks the rows (so the counts arrive
     * in order); a failed write is logged and the check goes on.
     */
    private void showProgress(ClaimedBulkJob job, int checked, int total) {
        try {
            queue.progress(job, checked, total).await().atMost(PROGRESS_WRITE_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf(e, "bulk job %s: progress %d of %d not written", job.id(), checked, total);
        }
    }

    /**
     * Finishes the job with its outcome, applying {@code effect} (which answers how many accepted rows it found
     * unchanged) in the same transaction if it still holds it.
     */
    private Uni<Void> finish(ClaimedBulkJob job, BulkJobOutcome outcome, Function<SqlConnection, Uni<Integer>> effect) {
        return queue.finish(job, outcome, errors.toColumn(outcome.errors()), effect)
                .invoke(() -> LOG.infof("bulk job %s %s: %d rows, %d accepted, %d rejected", job.id(),
                        outcome.state(), outcome.total(), outcome.accepted(), outcome.rejected()));
    }
}
