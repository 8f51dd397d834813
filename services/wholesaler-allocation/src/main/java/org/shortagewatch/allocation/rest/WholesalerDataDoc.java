package org.shortagewatch.allocation.rest;

/** What the OpenAPI document says of {@link WholesalerDataResource}'s endpoints. */
final class WholesalerDataDoc {

    static final String KIND = "orders, shipments or stock";
    static final String REFUSED = "Invalid record, naming the field; nothing was stored";
    static final String REFUSED_FILE = "Errors by row and column; nothing was stored";
    static final String ONE = "kind is orders, shipments or stock. A record with a reference already posted "
            + "replaces it.";
    static final String FILE = "A CSV file (UTF-8 with or without a byte-order mark, or Shift_JIS when it says "
            + "charset=Shift_JIS or is not valid UTF-8) or an xlsx workbook (its first sheet), with a header row naming "
            + "the columns (any order): reference (optional), facilityCode, prefectureCode (optional), yjCode, date, "
            + "units, unit; dates as YYYY-MM-DD (in a workbook, date cells too). All or nothing: a file with any error "
            + "is refused whole, every error naming its row (the header being row 1) and column (its header), its "
            + "pointer the cell (#cell=row,column).";
    static final String SUPPLY = "The units you will allocate among your customers in the period (your quota from the "
            + "manufacturer, or what you have). Allocation plans for the product are recomputed.";

    private WholesalerDataDoc() {
    }
}
