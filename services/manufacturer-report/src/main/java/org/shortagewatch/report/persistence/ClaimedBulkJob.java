package org.shortagewatch.report.persistence;

import java.util.UUID;

import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;

/**
 * A bulk job a runner has claimed, with its file: what it carries, who uploaded it, and the attempt the runner holds
 * (the job is finished only under that attempt).
 */
public record ClaimedBulkJob(UUID id, BulkJobKind kind, BulkMode mode, FileFormat format, String org, boolean admin,
        String submittedBy, String sourceAddress, int attempt, byte[] content, String charset) {

    /** The organisation whose products the job may write; null for an admin's upload, which may write any. */
    public String restrictedTo() {
        return admin ? null : org;
    }
}
