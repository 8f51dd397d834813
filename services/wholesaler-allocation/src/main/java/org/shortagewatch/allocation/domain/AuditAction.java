package org.shortagewatch.allocation.domain;

import org.shortagewatch.common.audit.AuditedAction;

/** What this service records in the audit trail, as the trail's {@code action} column spells it. */
public enum AuditAction implements AuditedAction {
    /** An ingredient's detection and allocation recomputed on an admin's request. */
    RECOMPUTE("recompute"),
    /** A wholesaler's supply of a product for a period posted. */
    SUPPLY_PUT("supply.put"),
    /** A facility's report that it cannot obtain a product. */
    CANNOT_OBTAIN_REPORT("cannot-obtain.report"),
    /** A wholesaler's orders posted (one request, or a file). */
    ORDERS_POST("wholesaler-data.orders"),
    /** A wholesaler's shipments posted. */
    SHIPMENTS_POST("wholesaler-data.shipments"),
    /** A wholesaler's stock posted. */
    STOCK_POST("wholesaler-data.stock"),
    /** A wholesaler registered by the operator, with its name. */
    WHOLESALER_REGISTER("wholesaler.register"),
    /** A registered wholesaler's name changed by the operator. */
    WHOLESALER_RENAME("wholesaler.rename");

    private final String value;

    AuditAction(String value) {
        this.value = value;
    }

    /** Records of the kind posted. */
    public static AuditAction posted(RecordKind kind) {
        return switch (kind) {
            case ORDER -> ORDERS_POST;
            case SHIPMENT -> SHIPMENTS_POST;
            case STOCK -> STOCK_POST;
        };
    }

    @Override
    public String value() {
        return value;
    }
}
