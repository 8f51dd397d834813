package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobState;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;

/** A bulk upload and how far its processing got; the file itself is a {@link BulkJobFile}. */
@Entity
@Table(name = "bulk_job")
public class BulkJob {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public BulkJobKind kind;

    /** The organisation that uploaded it: only its products may be reported (admins: any). */
    @Column(nullable = false, updatable = false)
    public String org;

    /** Whether the uploader acted as an admin (any product) rather than for its own organisation's products. */
    @Column(nullable = false, updatable = false)
    public boolean admin;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "source_address", updatable = false)
    public String sourceAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public BulkMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FileFormat format;

    @Column(name = "content_sha256", nullable = false, updatable = false)
    public String contentSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BulkJobState state;

    @Column(name = "total_rows")
    public Integer totalRows;

    @Column(name = "validated_rows")
    public int validatedRows;

    @Column(name = "accepted_rows")
    public int acceptedRows;

    @Column(name = "rejected_rows")
    public int rejectedRows;

    @Column(name = "error_count")
    public int errorCount;

    /** The first errors, as a JSON array of problem field errors (row, column, field, detail). */
    public String errors;

    public String failure;

    public int attempts;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
