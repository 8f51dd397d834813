package org.shortagewatch.report.domain;

import org.shortagewatch.common.bulk.BulkMode;
import java.util.List;

import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.rest.Text;

/**
 * What running a bulk job came to: the state it ends in, its row counts, every row error, and why nothing was
 * recorded when nothing was.
 *
 * @param reason why the job was rejected or failed as a whole, in both languages; null when its rows were recorded
 */
public record BulkJobOutcome(BulkJobState state, int total, int accepted, int rejected, List<RowError> errors,
        Text reason) {

    /**
     * The outcome of a file read into rows, {@code valid} of which passed every check: all-or-nothing records every
     * row or none; accept-valid records the valid ones unless there are none. Rejected rows are the rows with an
     * error, in either mode: a file rejected for 3 bad rows of 500 has 3 rejected rows and none accepted.
     */
    public static BulkJobOutcome of(BulkMode mode, List<? extends ParsedRow<?>> rows, int valid) {
        List<RowError> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        int invalid = rows.size() - valid;
        if (rows.isEmpty()) {
            return new BulkJobOutcome(BulkJobState.REJECTED, 0, 0, 0, errors,
                    Text.of("見出しの下に行がありません", "the file has no rows below its header"));
        }
        if (invalid == 0) {
            return new BulkJobOutcome(BulkJobState.SUCCEEDED, rows.size(), valid, 0, errors, null);
        }
        if (mode == BulkMode.ALL_OR_NOTHING || valid == 0) {
            return new BulkJobOutcome(BulkJobState.REJECTED, rows.size(), 0, invalid, errors,
                    Text.of(rows.size() + " 行のうち " + invalid + " 行に誤りがあるため、何も記録していません",
                            invalid + " of " + rows.size() + " rows are invalid; nothing was recorded"));
        }
        return new BulkJobOutcome(BulkJobState.PARTIALLY_SUCCEEDED, rows.size(), valid, invalid, errors, null);
    }

    /** A file that cannot be read at all (not a workbook, an unknown charset, no header row). */
    public static BulkJobOutcome unreadable(Text problem) {
        return new BulkJobOutcome(BulkJobState.REJECTED, 0, 0, 0, List.of(), Text.of(
                "ファイルを読めません: " + problem.ja(), "the file cannot be read: " + problem.en()));
    }

    /** A job the service failed on {@code attempts} times. */
    public static BulkJobOutcome gaveUp(int attempts) {
        return new BulkJobOutcome(BulkJobState.FAILED, 0, 0, 0, List.of(), Text.of(
                attempts + " 回試みましたが処理できませんでした", "gave up after " + attempts + " attempts"));
    }

    /** Why the job was rejected or failed as a whole, in English; null when its rows were recorded. */
    public String failure() {
        return reason == null ? null : reason.en();
    }

    /** Whether the accepted rows are recorded. */
    public boolean recordsRows() {
        return state == BulkJobState.SUCCEEDED || state == BulkJobState.PARTIALLY_SUCCEEDED;
    }
}
