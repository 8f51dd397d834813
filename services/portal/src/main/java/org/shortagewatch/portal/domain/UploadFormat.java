package org.shortagewatch.portal.domain;

import java.util.Locale;

/**
 * What kind of file a manufacturer chose to upload: a CSV or an xlsx workbook, told by its name's ending first (what
 * the file picker offered) and otherwise by the type the browser gave it; anything else is neither.
 */
public enum UploadFormat {
    CSV, XLSX;

    /** An xlsx workbook's media type, as browsers name the file and the services take it. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The format of a file named {@code fileName} that the browser sent as {@code contentType}; null for neither. */
    public static UploadFormat of(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv")
                || type.startsWith("application/vnd.ms-excel") && !name.endsWith(".xls")) {
            return CSV;
        }
        if (type.startsWith(XLSX_TYPE)) {
            return XLSX;
        }
        return null;
    }

    /** The message key of a job's mode's words: {@code modeAcceptValid}, else {@code modeAllOrNothing}. */
    public static String modeKey(String mode) {
        return "accept-valid".equals(mode) ? "modeAcceptValid" : "modeAllOrNothing";
    }

    /** The mode the service is asked for: all-or-nothing unless accept-valid is chosen. */
    public static String mode(String chosen) {
        return "accept-valid".equals(chosen) ? "accept-valid" : "all-or-nothing";
    }
}
