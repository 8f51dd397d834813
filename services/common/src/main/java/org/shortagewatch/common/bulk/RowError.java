package org.shortagewatch.common.bulk;

import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.Text;

/**
 * What is wrong in a row of an uploaded file, in the one form every upload reports it (in a job's result and in a
 * problem+json {@code errors} entry alike). The detail is kept in both languages; the caller's is chosen where the
 * error is written out (a problem+json response, a job's result as its reader asks for it).
 *
 * @param row the row, numbered as the spreadsheet numbers it
 * @param column the column's header as the file wrote it
 * @param field the API field the column carries
 */
public record RowError(int row, String column, String field, Text detail) {

    /** The error as an entry of a problem+json body's {@code errors}, still in both languages. */
    public Problem.FieldError toFieldError() {
        return Problem.FieldError.inFile(row, column, field, detail);
    }
}
