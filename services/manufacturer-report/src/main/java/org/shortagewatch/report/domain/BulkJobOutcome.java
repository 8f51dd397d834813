package org.shortagewatch.report.domain;

import org.shortagewatch.common.bulk.BulkMode;
import java.util.List;

import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.RowError;

/**
 * What running a bulk job came to: the state it ends in, its row counts, every row error, and why nothing was
 * recorded when nothing was.
 *
 * @param failure why the job was rejected or failed as a whole; null when its rows were recorded
 */
public record BulkJobOutcome(BulkJobState state, int total, int accepted, int rejected, List<RowError> errors,
        String failure) {

    /**
     * The outcome of a file read into rows, {@code valid} of which passed every check: all-or-nothing records every
     * row or none; accept-valid records the valid ones unless there are none.
     */
    public static BulkJobOutcome of(BulkMode mode, List<? extends ParsedRow<?>> rows, int valid) {
        List<RowError> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        int invalid = rows.size() - valid;
        if (rows.isEmpty()) {
            return new BulkJobOutcome(BulkJobState.REJECTED, 0, 0, 0, errors, "the file has no rows below its header");
        }
        if (invalid == 0) {
            return new BulkJobOutcome(BulkJobState.SUCCEEDED, rows.size(), valid, 0, errors, null);
        }
        if (mode == BulkMode.ALL_OR_NOTHING || valid == 0) {
            return new BulkJobOutcome(BulkJobState.REJECTED, rows.size(), 0, rows.size(), errors,
                    invalid + " of " + rows.size() + " rows are invalid; nothing was recorded");
        }
        return new BulkJobOutcome(BulkJobState.PARTIALLY_SUCCEEDED, rows.size(), valid, invalid, errors, null);
    }

    /** A file that cannot be read at all (not a workbook, an unknown charset, no header row). */
    public static BulkJobOutcome unreadable(String problem) {
        return new BulkJobOutcome(BulkJobState.REJECTED, 0, 0, 0, List.of(), "the file cannot be read: " + problem);
    }

    /** A job the service failed on {@code attempts} times. */
    public static BulkJobOutcome gaveUp(int attempts) {
        return new BulkJobOutcome(BulkJobState.FAILED, 0, 0, 0, List.of(), "gave up after " + attempts + " attempts");
    }

    /** Whether the accepted rows are recorded. */
    public boolean recordsRows() {
        return state == BulkJobState.SUCCEEDED || state == BulkJobState.PARTIALLY_SUCCEEDED;
    }
}
