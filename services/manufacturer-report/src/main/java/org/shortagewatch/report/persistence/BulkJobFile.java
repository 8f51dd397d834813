package org.shortagewatch.report.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The file of a bulk upload, as received; kept with the job so an acknowledged upload survives a crash. */
@Entity
public class BulkJobFile {

    @Id
    public UUID jobId;

    @Column(updatable = false)
    public byte[] content;

    /** The charset the upload declared (CSV), if any. */
    @Column(updatable = false)
    public String charset;
}
