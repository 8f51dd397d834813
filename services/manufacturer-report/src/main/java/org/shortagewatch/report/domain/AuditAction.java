package org.shortagewatch.report.domain;

/** What this service records in the audit trail, as the trail's {@code action} column spells it. */
public enum AuditAction {
    /** A product registered over the API. */
    PRODUCT_REGISTER("product.register"),
    /** A product's master record changed over the API. */
    PRODUCT_UPDATE("product.update"),
    /** A national-list file of products applied by its bulk job. */
    PRODUCT_BULK("product.bulk"),
    /** A single status change reported. */
    STATUS_CHANGE_REPORT("status-change.report"),
    /** A national-list file of status changes applied by its bulk job. */
    STATUS_CHANGE_BULK("status-change.bulk"),
    /** A bulk upload stored and queued. */
    BULK_JOB_SUBMIT("bulk-job.submit");

    private final String value;

    AuditAction(String value) {
        this.value = value;
    }

    /** As the audit trail records it. */
    public String value() {
        return value;
    }
}
