package org.shortagewatch.allocation.intake;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.rest.Problem;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads a bulk upload of orders, shipments or stock as CSV (RFC 4180, UTF-8, a header row naming the columns in any
 * order). Every error names its cell the way RFC 7111 fragment identifiers do: {@code #cell=row,column}, the header
 * being row 1; an upload with any error is refused whole. Self-contained: jackson-dataformat-csv and nothing else.
 */
@ApplicationScoped
public class CsvRecordFileReader implements RecordFileReader {

    public static final String MEDIA_TYPE = "text/csv";
    static final List<String> COLUMNS = List.of("reference", "facilityCode", "prefectureCode", "yjCode", "date",
            "units", "unit");
    static final Set<String> REQUIRED = Set.of("facilityCode", "yjCode", "date", "units", "unit");
    /** At most this many errors are reported; the rest are counted. */
    static final int MAX_ERRORS = 100;
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    @Override
    public RecordFile read(String body, RecordKind kind, String wholesalerCode, int maxRows) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<WholesalerRecord> records = new ArrayList<>();
        String text = body != null && body.startsWith("\uFEFF") ? body.substring(1) : body; // a BOM from Excel
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text == null ? "" : text)) {
            if (!rows.hasNext()) {
                errors.add(new Problem.FieldError("(header)", "#row=1", "the upload is empty: expected a header row "
                        + "naming the columns " + COLUMNS));
                return new RecordFile(List.of(), errors);
            }
            Map<String, Integer> columns = header(rows.next(), errors);
            if (!errors.isEmpty()) {
                return new RecordFile(List.of(), errors);
            }
            int row = 1;
            while (rows.hasNext()) {
                String[] cells = rows.next();
                row++;
                if (row - 1 > maxRows) {
                    errors.add(new Problem.FieldError("(body)", "#row=" + row, "row " + row
                            + ": an upload holds at most " + maxRows + " records; split the file"));
                    break;
                }
                WholesalerRecord record = record(cells, row, columns, kind, wholesalerCode, errors);
                if (record != null) {
                    for (WholesalerRecord.Violation v : record.violations()) {
                        errors.add(cellError(row, columns.get(v.field()), v.field(), v.message()));
                    }
                    records.add(record);
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new Problem.FieldError("(body)", "#", "not well-formed CSV: " + e.getMessage()));
        }
        if (records.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("(body)", "#row=2", "the upload has a header but no records"));
        }
        if (errors.size() > MAX_ERRORS) {
            int more = errors.size() - MAX_ERRORS;
            errors = new ArrayList<>(errors.subList(0, MAX_ERRORS));
            errors.add(new Problem.FieldError("(body)", null, "and " + more + " more errors"));
        }
        return errors.isEmpty() ? new RecordFile(records, List.of()) : new RecordFile(List.of(), errors);
    }

    private static Map<String, Integer> header(String[] names, List<Problem.FieldError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (!COLUMNS.contains(name)) {
                errors.add(cellError(1, i + 1, name, "unknown column '" + name + "'; the columns are " + COLUMNS));
            } else if (columns.putIfAbsent(name, i + 1) != null) {
                errors.add(cellError(1, i + 1, name, "column '" + name + "' appears twice"));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !columns.containsKey(required)) {
                errors.add(new Problem.FieldError(required, "#row=1", "row 1: the required column '" + required
                        + "' is missing"));
            }
        }
        return columns;
    }

    private static WholesalerRecord record(String[] cells, int row, Map<String, Integer> columns, RecordKind kind,
            String wholesalerCode, List<Problem.FieldError> errors) {
        int before = errors.size();
        LocalDate date = null;
        String dateText = cell(cells, columns, "date");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                errors.add(cellError(row, columns.get("date"), "date", "'" + dateText + "' is not a date (YYYY-MM-DD)"));
            }
        }
        Long units = null;
        String unitsText = cell(cells, columns, "units");
        if (unitsText != null) {
            try {
                units = Long.parseLong(unitsText);
            } catch (NumberFormatException e) {
                errors.add(cellError(row, columns.get("units"), "units", "'" + unitsText + "' is not a whole number"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new WholesalerRecord(kind, wholesalerCode, cell(cells, columns, "reference"),
                cell(cells, columns, "facilityCode"), cell(cells, columns, "prefectureCode"),
                cell(cells, columns, "yjCode"), date, units, cell(cells, columns, "unit"));
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        if (column == null || column > cells.length) {
            return null;
        }
        String value = cells[column - 1];
        return value == null || value.isEmpty() ? null : value;
    }

    /** The record's row: the header is row 1, so the first record is row 2. */
    @Override
    public Problem.FieldError recordError(int index, String field, String message) {
        return cellError(index + 2, null, field, message);
    }

    static Problem.FieldError cellError(int row, Integer column, String field, String message) {
        if (column == null) {
            return new Problem.FieldError(field, "#row=" + row, "row " + row + " (" + field + "): " + message);
        }
        return new Problem.FieldError(field, "#cell=" + row + "," + column,
                "row " + row + ", column " + column + " (" + field + "): " + message);
    }
}
