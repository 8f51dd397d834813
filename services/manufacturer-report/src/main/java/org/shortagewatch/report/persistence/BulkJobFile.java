package org.shortagewatch.report.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The file of a bulk upload, as received; kept with the job so an acknowledged upload survives a crash. */
@Entity
@Table(name = "bulk_job_file")
public class BulkJobFile {

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Column(nullable = false, updatable = false)
    public byte[] content;

    /** The charset the upload declared (CSV), if any. */
    @Column(updatable = false)
    public String charset;
}
