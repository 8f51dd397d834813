package org.shortagewatch.report.domain;

/** Where a bulk upload stands. */
public enum BulkJobState {
    /** Stored and acknowledged; waiting for a runner. */
    QUEUED,
    /** A runner is validating or recording it. */
    RUNNING,
    /** Every row was recorded. */
    SUCCEEDED,
    /** Accept-valid mode: the valid rows were recorded, the others are listed as errors. */
    PARTIALLY_SUCCEEDED,
    /** Nothing was recorded: the file could not be read, or (all-or-nothing) some row was invalid, or no row was. */
    REJECTED,
    /** Nothing was recorded: the service failed on it repeatedly (see {@code failure}). */
    FAILED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
