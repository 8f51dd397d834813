package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobState;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;

/** A bulk upload and how far its processing got; the file itself is a {@link BulkJobFile}. */
@Entity
public class BulkJob {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public BulkJobKind kind;

    /** The organisation that uploaded it: only its products may be reported (admins: any). */
    @Column(updatable = false)
    public String org;

    /** Whether the uploader acted as an admin (any product) rather than for its own organisation's products. */
    @Column(updatable = false)
    public boolean admin;

    @Column(updatable = false)
    public String submittedBy;

    @Column(updatable = false)
    public String sourceAddress;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public BulkMode mode;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public FileFormat format;

    @Column(updatable = false)
    public String contentSha256;

    @Enumerated(EnumType.STRING)
    public BulkJobState state;

    public Integer totalRows;

    public int validatedRows;

    public int acceptedRows;

    public int rejectedRows;

    /** Of the accepted rows, those that repeated what was recorded already: no new revision, version or event. */
    public int unchangedRows;

    public int errorCount;

    /** The first errors, as a JSON array of problem field errors (row, column, field, detail). */
    public String errors;

    /** Why the job was rejected or failed as a whole, in English; null when its rows were recorded. */
    public String failure;

    /** The same in Japanese; null for an older job and for a retry's internal error. */
    public String failureJa;

    public int attempts;

    @Column(updatable = false)
    public Instant submittedAt;

    public Instant startedAt;

    public Instant finishedAt;
}
