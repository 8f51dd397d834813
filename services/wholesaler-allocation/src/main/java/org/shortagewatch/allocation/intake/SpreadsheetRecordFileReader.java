package org.shortagewatch.allocation.intake;

import org.shortagewatch.common.bulk.UploadedFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.bulk.Cells;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.Sheet;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.bulk.Table;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.Text;

/**
 * Reads a bulk upload of orders, shipments or stock as a spreadsheet, through common's bulk toolkit: CSV (RFC 4180;
 * UTF-8 with or without a byte-order mark, or Shift_JIS) or the first sheet of an xlsx workbook, with a header row
 * ({@link RecordFileLayout}). Cells are read as the JSON API reads fields: dates as YYYY-MM-DD (in a workbook, a date
 * cell too), units as whole numbers; codes as typed (full-width digits and letters too) and facility and prefecture
 * codes with the leading zero a spreadsheet drops from a number given back ({@link Cells#zeroPadded}). Every error names its row and column ({@link RecordFileErrors}); an upload with
 * any error is refused whole.
 */
@ApplicationScoped
public class SpreadsheetRecordFileReader implements RecordFileReader {

    /** At most this many errors are reported; the rest are counted. */
    static final int MAX_ERRORS = 100;

    @Override
    public RecordFile read(UploadedFile file, RecordKind kind, String wholesalerCode, int maxRows) {
        List<SheetRow> sheet;
        try {
            sheet = Sheet.read(file.format(), file.content(), file.charset(), new Sheet.RowCap(maxRows, 1));
        } catch (Sheet.TooManyRows e) {
            return RecordFile.refused(List.of(RecordFileErrors.inRow(e.row(), "(body)", null, Text.of(
                    e.row() + " 行目: 1 回のアップロードは " + maxRows + " 件までです。ファイルを分けてください",
                    "row " + e.row() + ": an upload holds at most " + maxRows + " records; split the file"))));
        } catch (UnreadableFile e) {
            return RecordFile.refused(List.of(Problem.FieldError.inBody(
                    Text.of("ファイルを読み取れません: " + e.reason().ja(), e.reason().en()))));
        }
        Optional<RecordFileLayout> found = RecordFileLayout.of(sheet);
        if (found.isEmpty()) {
            return RecordFile.refused(List.of(RecordFileErrors.inRow(1, "(header)", null, Text.of(
                    "アップロードが空です。列名 " + RecordColumn.HEADERS + " を並べた見出し行が必要です",
                    "the upload is empty: expected a header row naming the columns " + RecordColumn.HEADERS))));
        }
        RecordFileLayout layout = found.get();
        if (!layout.errors().isEmpty()) {
            return RecordFile.refused(layout.errors());
        }
        Function<String, LocalDate> date = file.format() == FileFormat.XLSX ? SpreadsheetRecordFileReader::dateOrSerial
                : SpreadsheetRecordFileReader::date;
        List<Problem.FieldError> errors = new ArrayList<>();
        List<WholesalerRecord> records = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (SheetRow row : layout.table().rows()) {
            ParsedRow<WholesalerRecord> parsed = record(layout.table(), row, date, kind, wholesalerCode);
            parsed.errors().forEach(e -> errors.add(layout.error(e)));
            if (parsed.valid()) {
                records.add(parsed.value());
            }
            rows.add(row.number());
        }
        if (records.isEmpty() && errors.isEmpty()) {
            int next = layout.headerRow() + 1;
            errors.add(RecordFileErrors.inRow(next, "(body)", null,
                    Text.of("見出し行はありますが、記録が 1 件もありません", "the upload has a header but no records")));
        }
        return errors.isEmpty() ? new RecordFile(records, rows, List.of()) : RecordFile.refused(atMostMaxErrors(errors));
    }

    /** The first {@link #MAX_ERRORS} errors, and how many more there are. */
    private static List<Problem.FieldError> atMostMaxErrors(List<Problem.FieldError> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        List<Problem.FieldError> first = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        int more = errors.size() - MAX_ERRORS;
        first.add(new Problem.FieldError("(body)", null, "and " + more + " more errors", null, null,
                "ほかに " + more + " 件の誤りがあります"));
        return first;
    }

    /** A row as a record; a cell that cannot be read hides the record's own checks, as the JSON API's would. */
    private static ParsedRow<WholesalerRecord> record(Table<RecordColumn> table, SheetRow row,
            Function<String, LocalDate> date, RecordKind kind, String wholesalerCode) {
        ParsedRow.Reader<WholesalerRecord, RecordColumn> r = new ParsedRow.Reader<>(table, row);
        LocalDate day = r.get(RecordColumn.DATE, date);
        Long units = r.get(RecordColumn.UNITS, SpreadsheetRecordFileReader::units);
        if (!r.parsed().errors().isEmpty()) {
            return r.parsed();
        }
        WholesalerRecord record = new WholesalerRecord(kind, wholesalerCode,
                r.get(RecordColumn.REFERENCE, SpreadsheetRecordFileReader::text),
                r.get(RecordColumn.FACILITY_CODE, c -> Cells.zeroPadded(c, 10)),
                r.get(RecordColumn.PREFECTURE_CODE, c -> Cells.zeroPadded(c, 2)),
                r.get(RecordColumn.YJ_CODE, Cells::code), day, units,
                r.get(RecordColumn.UNIT, SpreadsheetRecordFileReader::text));
        for (WholesalerRecord.Violation v : record.violations()) {
            r.reject(RecordColumn.ofField(v.field()).orElseThrow(), v.detail());
        }
        if (r.parsed().errors().isEmpty()) {
            r.parsed().accept(record);
        }
        return r.parsed();
    }

    /** The cell's text without the white space around it; null when empty. */
    private static String text(String cell) {
        String text = cell == null ? null : cell.strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static LocalDate date(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Cells.CellException(Text.of("「" + text + "」は日付（YYYY-MM-DD）ではありません",
                    "'" + text + "' is not a date (YYYY-MM-DD)"));
        }
    }

    /** In a workbook, a date cell holds the day's serial number (days since 1899-12-30), which is a date too. */
    private static LocalDate dateOrSerial(String cell) {
        String text = text(cell);
        return text != null && text.matches("[0-9]{5}") ? Cells.date(text) : date(text);
    }

    private static Long units(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Cells.CellException(Text.of("「" + text + "」は整数ではありません", "'" + text + "' is not a whole number"));
        }
    }
}
