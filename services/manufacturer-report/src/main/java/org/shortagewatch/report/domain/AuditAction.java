package org.shortagewatch.report.domain;

import org.shortagewatch.common.audit.AuditedAction;

/** What this service records in the audit trail, as the trail's {@code action} column spells it. */
public enum AuditAction implements AuditedAction {
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
    BULK_JOB_SUBMIT("bulk-job.submit"),
    /** A supply-system manager (供給体制管理責任者) appointed or replaced. */
    SUPPLY_MANAGER_APPOINT("supply-manager.appoint"),
    /** A supply-risk report (供給不安報告) submitted to the regulator. */
    SUPPLY_RISK_REPORT("supply-risk.report"),
    /** A supply-risk report withdrawn by its maker. */
    SUPPLY_RISK_WITHDRAW("supply-risk.withdraw"),
    /** Products' statuses confirmed unchanged by their maker, without a new revision. */
    STATUS_CONFIRM("status.confirm");

    private final String value;

    AuditAction(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
