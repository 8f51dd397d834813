package org.shortagewatch.report.domain;

import java.util.UUID;

/** What a bulk upload carries, and how the audit trail records a job of the kind that applied its rows. */
public enum BulkJobKind {
    /** Product master records (columns ① to ⑪ of the national list). */
    PRODUCTS(AuditAction.PRODUCT_BULK, "products"),
    /** Status changes (columns ⑤ and ⑫ to ⑲). */
    STATUS_CHANGES(AuditAction.STATUS_CHANGE_BULK, "changes");

    private final AuditAction applied;
    private final String rowsAre;

    BulkJobKind(AuditAction applied, String rowsAre) {
        this.applied = applied;
        this.rowsAre = rowsAre;
    }

    /** The audit action of a job of this kind that recorded its accepted rows. */
    public AuditAction applied() {
        return applied;
    }

    /** The audit entry's subject for such a job: {@code bulk-job:<id> (3 products)}. */
    public String auditSubject(UUID jobId, int rows) {
        return "bulk-job:" + jobId + " (" + rows + " " + rowsAre + ")";
    }
}
