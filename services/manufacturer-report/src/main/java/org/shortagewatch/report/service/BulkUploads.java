package org.shortagewatch.report.service;

import org.shortagewatch.common.bulk.Sheet;
import org.shortagewatch.common.bulk.UploadedFile;
import org.shortagewatch.common.config.UploadSettings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.report.domain.AuditAction;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.domain.BulkJobState;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.report.persistence.BulkJob;
import org.shortagewatch.report.persistence.BulkJobFile;
import org.shortagewatch.report.persistence.BulkJobQueue;
import org.shortagewatch.report.persistence.BulkJobRepository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Accepts a bulk upload: checks what can be checked at once (mode, format, a non-empty file), then stores the job and
 * its file in one transaction on the SQL client and asks a runner to take it when that commits. The format and charset come
 * from the bulk toolkit's {@link UploadedFile}, which gives every service's uploads the same 415. An upload retried
 * with the same {@code Idempotency-Key} gets the same job back.
 */
@ApplicationScoped
public class BulkUploads {

    @Inject
    BulkJobRepository jobs;

    @Inject
    BulkJobQueue queue;

    @Inject
    Pool pool;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    UploadSettings settings;

    /**
     * One transaction on the SQL client: the job, its file, its audit row and the idempotency record. No session is
     * open around it: a repeated upload's job is read once the transaction has given its connection back, on a
     * session of its own (a request never waits for a second connection while it holds one).
     */
    public Uni<IdempotentRequests.Outcome<BulkJob>> submit(BulkJobKind kind, byte[] content, String contentType,
            String modeParameter, String idempotencyKey) {
        BulkMode mode = modeParameter == null || modeParameter.isBlank() ? BulkMode.ALL_OR_NOTHING
                : BulkMode.ofParameter(modeParameter.strip()).orElseThrow(() -> ProblemException.invalidField("mode",
                        Text.of("「" + modeParameter + "」ではなく all-or-nothing か accept-valid にしてください",
                                "'" + modeParameter + "' is not all-or-nothing or accept-valid")));
        UploadedFile upload = UploadedFile.of(contentType, content);
        if (upload.content().length == 0) {
            throw ProblemException.invalidField("file", Text.of("ファイルが空です", "is empty"));
        }
        if (upload.format() == FileFormat.XLSX && !Sheet.isWorkbook(upload.content())) {
            throw ProblemException.invalidField("file",
                    Text.of("xlsx 形式のブックではありません", "is not an xlsx workbook"));
        }
        try {
            ListFile.check(upload.format(), upload.content(), upload.charset(), kind == BulkJobKind.STATUS_CHANGES,
                    settings.maxRows());
        } catch (Sheet.UnreadableFile e) {
            throw ProblemException.invalidField("file", e.reason());
        }
        String org = caller.org().orElseThrow();
        String hash = IdempotentRequests.hash(upload.content(), kind.name().getBytes(), mode.name().getBytes());
        return pool.withTransaction(c -> idempotency.once(c, idempotencyKey,
                org + " bulk." + kind.name().toLowerCase(Locale.ROOT), hash,
                () -> store(c, kind, mode, upload, hash, org).map(job -> new Submitted(job.id, job)),
                submitted -> submitted.id().toString(),
                id -> Uni.createFrom().item(new Submitted(UUID.fromString(id), null))))
                .chain(outcome -> outcome.replayed()
                        ? jobs.read(outcome.value().id()).map(job -> new IdempotentRequests.Outcome<>(job, true))
                        : Uni.createFrom().item(new IdempotentRequests.Outcome<>(outcome.value().stored(), false)));
    }

    /** What the transaction answers: the job it stored, or the id of the job an earlier upload with the key stored. */
    private record Submitted(UUID id, BulkJob stored) {
    }

    private Uni<BulkJob> store(SqlConnection c, BulkJobKind kind, BulkMode mode, UploadedFile upload, String hash, String org) {
        BulkJob job = new BulkJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.org = org;
        job.admin = caller.isAdmin();
        job.submittedBy = caller.subject();
        job.sourceAddress = audit.currentSourceAddress();
        job.mode = mode;
        job.format = upload.format();
        job.contentSha256 = hash;
        job.state = BulkJobState.QUEUED;
        job.submittedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BulkJobFile file = new BulkJobFile();
        file.jobId = job.id;
        file.content = upload.content();
        file.charset = upload.charset();
        return queue.submit(c, job, file, BulkJobWorker.CHANNEL)
                .chain(() -> audit.record(c, AuditAction.BULK_JOB_SUBMIT, kind + " bulk-job:" + job.id))
                .replaceWith(job);
    }
}
