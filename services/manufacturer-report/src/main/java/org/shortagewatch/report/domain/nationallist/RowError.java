package org.shortagewatch.report.domain.nationallist;

/**
 * What is wrong in a row of an uploaded file.
 *
 * @param row the row, numbered as the spreadsheet numbers it
 * @param column the column's header as the file wrote it
 * @param field the API field the column carries
 */
public record RowError(int row, String column, String field, String detail) {
}
