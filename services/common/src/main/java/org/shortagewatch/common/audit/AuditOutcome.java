package org.shortagewatch.common.audit;

/** How an audited action ended, as the trail's {@code outcome} column holds it (the constant's name). */
public enum AuditOutcome {
    /** The action was carried out: every row written in the transaction of the change it records. */
    SUCCESS,
    /** The caller was refused: not authenticated, or not allowed; written in a transaction of its own. */
    DENIED
}
