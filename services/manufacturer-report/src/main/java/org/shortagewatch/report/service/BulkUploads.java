package org.shortagewatch.report.service;

import org.shortagewatch.common.bulk.Sheet;
import org.shortagewatch.common.bulk.UploadedFile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.report.domain.AuditAction;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobState;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.report.persistence.BulkJob;
import org.shortagewatch.report.persistence.BulkJobFile;
import org.shortagewatch.report.persistence.BulkJobRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Accepts a bulk upload: checks what can be checked at once (mode, format, a non-empty file), then stores the job and
 * its file in the caller's transaction and asks a runner to take it when that commits. An upload retried with the
 * same {@code Idempotency-Key} gets the same job back.
 */
@ApplicationScoped
public class BulkUploads {

    @Inject
    BulkJobRepository jobs;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    IdempotentRequests idempotency;

    /** Must run inside a transaction (the current Panache session's). */
    public Uni<IdempotentRequests.Outcome<BulkJob>> submit(BulkJobKind kind, byte[] content, String contentType,
            String modeParameter, String idempotencyKey) {
        BulkMode mode = modeParameter == null || modeParameter.isBlank() ? BulkMode.ALL_OR_NOTHING
                : BulkMode.ofParameter(modeParameter.strip()).orElseThrow(() -> ProblemException.invalidField("mode",
                        "'" + modeParameter + "' is not all-or-nothing or accept-valid"));
        FileFormat format = FileFormat.ofMediaType(contentType).orElseThrow(() -> new ProblemException(415,
                "Unsupported Media Type", "upload the national list as text/csv or xlsx",
                List.of(Problem.FieldError.of("Content-Type", "must be text/csv or " + FileFormat.XLSX.mediaType()))));
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        if (format == FileFormat.XLSX && !Sheet.isWorkbook(content)) {
            throw ProblemException.invalidField("file", "is not an xlsx workbook");
        }
        String org = caller.org().orElseThrow();
        String hash = IdempotentRequests.hash(content, kind.name().getBytes(), mode.name().getBytes());
        return idempotency.once(idempotencyKey, org + " bulk." + kind.name().toLowerCase(Locale.ROOT), hash,
                () -> store(kind, mode, format, content, UploadedFile.charset(contentType), hash, org),
                job -> job.id.toString(), id -> jobs.findById(UUID.fromString(id)));
    }

    private Uni<BulkJob> store(BulkJobKind kind, BulkMode mode, FileFormat format, byte[] content, String charset,
            String hash, String org) {
        BulkJob job = new BulkJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.org = org;
        job.admin = caller.isAdmin();
        job.submittedBy = caller.subject();
        job.sourceAddress = audit.currentSourceAddress();
        job.mode = mode;
        job.format = format;
        job.contentSha256 = hash;
        job.state = BulkJobState.QUEUED;
        job.submittedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BulkJobFile file = new BulkJobFile();
        file.jobId = job.id;
        file.content = content;
        file.charset = charset;
        return Panache.getSession().chain(session -> session.persist(job)
                .chain(() -> session.persist(file))
                .chain(session::flush)
                .chain(() -> audit.record(session, AuditAction.BULK_JOB_SUBMIT.value(), kind + " bulk-job:" + job.id,
                        AuditTrail.SUCCESS))
                // Delivered at commit: the runner takes the job as soon as it exists for others to see.
                .chain(() -> session.createNativeQuery("select pg_notify('" + BulkJobWorker.CHANNEL + "', '')")
                        .getSingleResult()))
                .replaceWith(job);
    }
}
