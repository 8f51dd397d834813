package org.shortagewatch.portal.domain;

import java.util.Set;

/**
 * How far a bulk upload has got, as its page shows it: the rows checked of the rows in the file (a bar and a
 * percentage), whether the job has finished, and the key of its state's words ({@code jobRUNNING}).
 */
public record UploadProgress(String state, Integer totalRows, int validatedRows) {

    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "PARTIALLY_SUCCEEDED", "REJECTED", "FAILED");

    /** Whether the job has finished (then the page shows its outcome and stops asking). */
    public boolean finished() {
        return FINISHED.contains(state);
    }

    /** Whether the file's rows are known (until it is read, the bar has no end). */
    public boolean measured() {
        return totalRows != null;
    }

    /** The bar's maximum: the file's rows, at least 1 (an empty file is as done as a full one). */
    public int max() {
        return totalRows == null ? 1 : Math.max(1, totalRows);
    }

    /** The bar's value: the rows checked, all of them once the job has finished. */
    public int value() {
        if (finished()) {
            return max();
        }
        return Math.min(validatedRows, max());
    }

    /** Whole percent checked, rounded down (100 only when every row is checked); 0 while the rows are not known. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        if (totalRows == null || totalRows <= 0) {
            return 0;
        }
        return (int) Math.min(100, 100L * Math.max(0, validatedRows) / totalRows);
    }

    /** The message key of the state's words. */
    public String stateKey() {
        return FormChoices.messageKey("job", state == null ? "QUEUED" : state);
    }
}
