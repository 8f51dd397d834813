package org.shortagewatch.allocation.intake;

import org.shortagewatch.common.bulk.UploadedFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.rest.Language;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.Text;

/**
 * The file formats the toolkit reads (CSV in UTF-8 with or without a byte-order mark or in Shift_JIS, xlsx), and
 * errors in common's form: the row as the spreadsheet numbers it and the column as the file's header names it.
 */
class RecordFileFormatsTest {

    private static final String HEADER = "reference,facilityCode,yjCode,date,units,unit\n";
    private static final String TEXT = HEADER + "ORD-1,1341234563,2456001F1310,2026-12-01,300,錠\n";
    private static final WholesalerRecord ORDER = new WholesalerRecord(RecordKind.ORDER, "WHS001", "ORD-1",
            "1341234563", null, "2456001F1310", LocalDate.of(2026, 12, 1), 300L, "錠");

    private final SpreadsheetRecordFileReader reader = new SpreadsheetRecordFileReader();

    private RecordFile read(FileFormat format, byte[] content, String charset) {
        return reader.read(new UploadedFile(format, content, charset), RecordKind.ORDER, "WHS001", 10);
    }

    /** An xlsx workbook whose first sheet {@code write} fills. */
    static byte[] workbook(Consumer<Worksheet> write) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            write.accept(wb.newWorksheet("受注"));
        }
        return out.toByteArray();
    }

    static void header(Worksheet ws) {
        List<String> names = List.of("reference", "facilityCode", "yjCode", "date", "units", "unit");
        for (int c = 0; c < names.size(); c++) {
            ws.value(0, c, names.get(c));
        }
    }

    @Test
    void csvInUtf8WithOrWithoutByteOrderMarkAndInShiftJisReadsTheSame() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        byte[] shiftJis = TEXT.getBytes(Charset.forName("windows-31j"));
        for (RecordFile file : List.of(read(FileFormat.CSV, utf8, "UTF-8"), read(FileFormat.CSV, utf8, null),
                read(FileFormat.CSV, bom, null), read(FileFormat.CSV, bom, "UTF-8"),
                read(FileFormat.CSV, shiftJis, "Shift_JIS"), read(FileFormat.CSV, shiftJis, null))) {
            assertEquals(List.of(), file.errors());
            assertEquals(List.of(ORDER), file.records());
            assertEquals(List.of(2), file.rows());
        }
    }

    @Test
    void xlsxReadsTheFirstSheetWithNumberAndDateCellsAndSpreadsheetRowNumbers() throws IOException {
        byte[] xlsx = workbook(ws -> {
            header(ws);
            ws.value(1, 0, "ORD-1");
            ws.value(1, 1, 1341234563L);
            ws.value(1, 2, "2456001F1310");
            ws.value(1, 3, LocalDate.of(2026, 12, 1));
            ws.value(1, 4, 300);
            ws.value(1, 5, "錠");
            // row 3 left blank; row 4 with its date as text
            ws.value(3, 1, "4711234569");
            ws.value(3, 2, "2456001F1310");
            ws.value(3, 3, "2026-12-02");
            ws.value(3, 4, 20);
            ws.value(3, 5, "錠");
        });
        RecordFile file = read(FileFormat.XLSX, xlsx, null);
        assertEquals(List.of(), file.errors());
        assertEquals(List.of(ORDER, new WholesalerRecord(RecordKind.ORDER, "WHS001", null, "4711234569", null,
                "2456001F1310", LocalDate.of(2026, 12, 2), 20L, "錠")), file.records());
        assertEquals(List.of(2, 4), file.rows());
        Problem.FieldError later = file.recordError(1, "unit", Text.of("「錠」は単位ではありません", "'錠' is not the unit"));
        assertEquals("#row=4", later.pointer());
        assertEquals(4, later.row());
        assertEquals("unit", later.column());
    }

    @Test
    void xlsxErrorsNameTheSpreadsheetRowAndTheColumn() throws IOException {
        byte[] xlsx = workbook(ws -> {
            header(ws);
            ws.value(2, 1, "1341234567");
            ws.value(2, 2, "2456001F1310");
            ws.value(2, 3, "2026/12/01");
            ws.value(2, 4, 1.5);
            ws.value(2, 5, "錠");
        });
        List<Problem.FieldError> errors = read(FileFormat.XLSX, xlsx, null).errors();
        assertEquals(List.of("#cell=3,4", "#cell=3,5"), errors.stream().map(Problem.FieldError::pointer).toList());
        assertEquals(List.of(3, 3), errors.stream().map(Problem.FieldError::row).toList());
        assertEquals(List.of("date", "units"), errors.stream().map(Problem.FieldError::column).toList());
        assertEquals("row 3, column 5 (units): '1.5' is not a whole number", errors.get(1).detail());
    }

    @Test
    void everyCsvErrorCarriesRowAndColumnBesidesItsPointer() {
        List<Problem.FieldError> errors = read(FileFormat.CSV, (" facilityCode ,yjCode,date,units,unit\n"
                + "1341234563,2456001F1310,2026-12-01,300,錠\n"
                + "1341234567,2456001F1310,2026-12-01,0,錠\n").getBytes(StandardCharsets.UTF_8), null).errors();
        assertEquals(List.of(
                new Problem.FieldError("facilityCode", "#cell=3,1", errors.get(0).detail(), 3, "facilityCode"),
                new Problem.FieldError("units", "#cell=3,4", "row 3, column 4 (units): must be at least 1", 3,
                        "units")), english(errors));
    }

    @Test
    void headerErrorsCarryTheHeaderRowAndTheColumnTheyAreAbout() {
        List<Problem.FieldError> errors = read(FileFormat.CSV,
                "facilityCode,yjCode,day,units,unit,unit\n".getBytes(StandardCharsets.UTF_8), null).errors();
        assertEquals(List.of(
                new Problem.FieldError("day", "#cell=1,3", "row 1, column 3 (day): unknown column 'day'; the columns "
                        + "are [reference, facilityCode, prefectureCode, yjCode, date, units, unit]", 1, "day"),
                new Problem.FieldError("unit", "#cell=1,6", "row 1, column 6 (unit): column 'unit' appears twice", 1,
                        "unit"),
                new Problem.FieldError("date", "#row=1", "row 1: the required column 'date' is missing", 1, "date")),
                english(errors));
    }

    @Test
    void aBlankHeaderCellIsNoColumnUnlessARowHasDataUnderIt() {
        String empty = "facilityCode,yjCode,date,units,unit,\n1341234563,2456001F1310,2026-12-01,300,錠,\n";
        assertEquals(List.of(), read(FileFormat.CSV, empty.getBytes(StandardCharsets.UTF_8), null).errors());
        String data = "facilityCode,yjCode,date,units,unit,\n1341234563,2456001F1310,2026-12-01,300,錠,x\n";
        List<Problem.FieldError> errors = read(FileFormat.CSV, data.getBytes(StandardCharsets.UTF_8), null).errors();
        assertEquals(1, errors.size());
        assertEquals("#cell=1,6", errors.get(0).pointer());
        assertTrue(errors.get(0).detail().contains("unknown column ''"), errors.get(0).detail());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        Problem.FieldError notAWorkbook = read(FileFormat.XLSX, TEXT.getBytes(StandardCharsets.UTF_8), null)
                .errors().get(0);
        assertEquals("(body)", notAWorkbook.field());
        assertEquals("#", notAWorkbook.pointer());
        assertTrue(notAWorkbook.detail().contains("xlsx"), notAWorkbook.detail());
        Problem.FieldError badQuote = read(FileFormat.CSV, (HEADER + "\"ORD-1,1").getBytes(StandardCharsets.UTF_8),
                null).errors().get(0);
        assertEquals("(body)", badQuote.field());
        assertEquals("#", badQuote.pointer());
    }

    @Test
    void theHeaderOnlyOrEmptyUploadSaysWhichRowItExpected() {
        Problem.FieldError empty = read(FileFormat.CSV, new byte[0], null).errors().get(0);
        assertEquals(new Problem.FieldError("(header)", "#row=1", empty.detail(), 1, null), empty.in(Language.EN));
        Problem.FieldError noRecords = read(FileFormat.CSV, HEADER.getBytes(StandardCharsets.UTF_8), null)
                .errors().get(0);
        assertEquals(new Problem.FieldError("(body)", "#row=2", "the upload has a header but no records", 2, null),
                noRecords.in(Language.EN));
    }

    /** The errors as an English-speaking caller reads them (the Japanese is checked where it is written). */
    private static List<Problem.FieldError> english(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.in(Language.EN)).toList();
    }
}
