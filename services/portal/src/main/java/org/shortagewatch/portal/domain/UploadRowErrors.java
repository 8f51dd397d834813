package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * wholesaler-allocation's refusal of a record file as rows of the errors table and of its CSV: each problem names its
 * cell by a pointer ({@code #cell=3,4}: row 3 as the spreadsheet numbers it, the header being row 1, column 4; or
 * {@code #row=3} for a row as a whole) and its field, which is the column's header in this layout; what names no row
 * (the file as a whole) has none.
 */
public final class UploadRowErrors {

    private UploadRowErrors() {
    }

    /** The errors table's rows, in the service's order. */
    public static List<ErrorCsv.Line> of(List<StatusFormErrors.FieldProblem> problems) {
        return (problems == null ? List.<StatusFormErrors.FieldProblem>of() : problems).stream()
                .map(p -> new ErrorCsv.Line(row(p.pointer()), p.field(), p.detail())).toList();
    }

    /** The row a pointer names, or null. */
    static Integer row(String pointer) {
        if (pointer == null) {
            return null;
        }
        String rest;
        if (pointer.startsWith("#cell=")) {
            rest = pointer.substring("#cell=".length());
            int comma = rest.indexOf(',');
            rest = comma < 0 ? rest : rest.substring(0, comma);
        } else if (pointer.startsWith("#row=")) {
            rest = pointer.substring("#row=".length());
        } else {
            return null;
        }
        try {
            return Integer.valueOf(rest);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
