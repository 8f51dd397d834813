package org.shortagewatch.allocation.rest;

/** What the OpenAPI document says of {@link WholesalerDataResource}'s endpoints. */
final class WholesalerDataDoc {

    static final String KIND = "orders, shipments or stock";
    static final String REFUSED = "Invalid record, naming the field; nothing was stored";
    static final String REFUSED_CSV = "Errors by row and column; nothing was stored";
    static final String ONE = "kind is orders, shipments or stock. A record with a reference already posted "
            + "replaces it.";
    static final String CSV = "UTF-8 CSV with a header row naming the columns (any order): reference (optional), "
            + "facilityCode, prefectureCode (optional), yjCode, date, units, unit. All or nothing: a file with "
            + "any error is refused whole, every error naming its row and column (#cell=row,column, the "
            + "header being row 1).";
    static final String SUPPLY = "The units you will allocate among your customers in the period (your quota from the "
            + "manufacturer, or what you have). Allocation plans for the product are recomputed.";

    private WholesalerDataDoc() {
    }
}
