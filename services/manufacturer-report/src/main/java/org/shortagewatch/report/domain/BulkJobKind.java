package org.shortagewatch.report.domain;

/** What a bulk upload carries. */
public enum BulkJobKind {
    /** Product master records (columns ① to ⑪ of the national list). */
    PRODUCTS,
    /** Status changes (columns ⑤ and ⑫ to ⑲). */
    STATUS_CHANGES
}
