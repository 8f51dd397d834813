package org.shortagewatch.allocation.domain;

/**
 * Why an ingredient was recomputed. Its name is what the plans it publishes state as their {@code trigger} (the
 * event's field and the {@code allocation_plan.trigger} column) and what a recomputation's report names.
 */
public enum RecomputationTrigger {
    /** A wholesaler posted orders. */
    ORDER_POSTED(false),
    /** A wholesaler posted shipments. */
    SHIPMENT_POSTED(false),
    /** A wholesaler posted stock on hand: regional imbalance is judged whatever the products' status. */
    STOCK_POSTED(true),
    /** A wholesaler set its supply of a product for a period. */
    SUPPLY_POSTED(true),
    /** A facility reported that it cannot obtain a product: report clusters are judged whatever the status. */
    CANNOT_OBTAIN_REPORTED(true),
    /** A supply-status event changed a product's status. */
    SUPPLY_STATUS_CHANGED(false),
    /** The scheduled sweep. */
    SCHEDULED_SWEEP(false),
    /** An operator asked for it. */
    RECOMPUTE_REQUESTED(false);

    private final boolean always;

    RecomputationTrigger(boolean always) {
        this.always = always;
    }

    /** The trigger of posting records of {@code kind}. */
    public static RecomputationTrigger posted(RecordKind kind) {
        return switch (kind) {
            case ORDER -> ORDER_POSTED;
            case SHIPMENT -> SHIPMENT_POSTED;
            case STOCK -> STOCK_POSTED;
        };
    }

    /**
     * True when what it posted recomputes every ingredient it touches, whatever the ingredient's status; otherwise
     * only those with a product in limited shipment or an open finding are recomputed.
     */
    public boolean alwaysRecomputes() {
        return always;
    }
}
