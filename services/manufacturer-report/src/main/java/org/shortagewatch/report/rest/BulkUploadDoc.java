package org.shortagewatch.report.rest;

/** What the OpenAPI document says of every bulk upload. */
final class BulkUploadDoc {

    static final String DESCRIPTION = " The body is the file: text/csv (UTF-8, or Shift_JIS when it says"
            + " charset=Shift_JIS or is not valid UTF-8) or xlsx (first sheet), with the national list's header row"
            + " (columns found by their circled number ① to ⑳ or their label, in any order). It runs as a job:"
            + " 202 Accepted, then GET the Location for progress and outcome; errors name row and column.";
    static final String MODE = "all-or-nothing (default): any invalid row rejects the whole file;"
            + " accept-valid: the valid rows are recorded and the others listed";
    static final String IDEMPOTENCY_KEY = "Makes a retry safe: an upload repeated with the same key gets the same"
            + " job back and records nothing more (remembered for 24 hours)";

    private BulkUploadDoc() {
    }
}
