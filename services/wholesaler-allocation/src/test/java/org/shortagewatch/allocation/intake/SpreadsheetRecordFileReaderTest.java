package org.shortagewatch.allocation.intake;

import org.shortagewatch.common.bulk.UploadedFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.Language;
import org.shortagewatch.common.rest.Text;

/** CSV as it always was read: header names, required columns, dates, units, and where each error is. */
class SpreadsheetRecordFileReaderTest {

    private final Csv csv = new Csv();

    /** Reads CSV text sent as UTF-8. */
    static final class Csv {
        private final SpreadsheetRecordFileReader reader = new SpreadsheetRecordFileReader();

        RecordFile read(String text, RecordKind kind, String wholesalerCode, int maxRows) {
            return reader.read(new UploadedFile(FileFormat.CSV, text.getBytes(StandardCharsets.UTF_8), "UTF-8"), kind,
                    wholesalerCode, maxRows);
        }
    }

    @Test
    void readsRecordsWithColumnsInAnyOrder() {
        RecordFile result = csv.read("""
                yjCode,units,unit,date,facilityCode,reference
                2456001F1310,300,錠,2026-12-01,1341234563,ORD-1
                2456001F1310,20,錠,2026-12-02,4711234569,
                """, RecordKind.ORDER, "WHS001", 10);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(
                new WholesalerRecord(RecordKind.ORDER, "WHS001", "ORD-1", "1341234563", null, "2456001F1310",
                        LocalDate.of(2026, 12, 1), 300L, "錠"),
                new WholesalerRecord(RecordKind.ORDER, "WHS001", null, "4711234569", null, "2456001F1310",
                        LocalDate.of(2026, 12, 2), 20L, "錠")), result.records());
    }

    @Test
    void codesAreReadAsTypedWithTheZeroASpreadsheetDropsFromANumber() {
        RecordFile result = csv.read("""
                facilityCode,prefectureCode,yjCode,date,units,unit
                110113719,1,２４５６００１ｆ１３１０,2026-12-01,5,錠
                """, RecordKind.STOCK, "WHS001", 10);
        assertEquals(List.of(), result.errors());
        assertEquals(new WholesalerRecord(RecordKind.STOCK, "WHS001", null, "0110113719", "01", "2456001F1310",
                LocalDate.of(2026, 12, 1), 5L, "錠"), result.records().get(0));
    }

    @Test
    void everyErrorNamesItsRowAndColumn() {
        RecordFile result = csv.read("""
                facilityCode,yjCode,date,units,unit
                1341234563,2456001F1310,2026-12-01,300,錠
                1341234567,2456001F1310,2026-12-01,300,錠
                1341234563,2456001F1310,2026-13-01,x,錠
                """, RecordKind.SHIPMENT, "WHS001", 10);
        assertTrue(result.records().isEmpty(), "all or nothing");
        List<String> pointers = result.errors().stream().map(Problem.FieldError::pointer).toList();
        assertEquals(List.of("#cell=3,1", "#cell=4,3", "#cell=4,4"), pointers);
        assertEquals("facilityCode", result.errors().get(0).field());
        assertTrue(result.errors().get(0).detail().startsWith("row 3, column 1 (facilityCode): "));
        assertTrue(result.errors().get(0).detail().contains("check digit"));
    }

    @Test
    void anUnknownOrMissingColumnIsNamed() {
        RecordFile result = csv.read("facilityCode,yjCode,day,units,unit\n", RecordKind.STOCK, "W", 10);
        assertEquals(List.of("day", "date"), result.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("#cell=1,3", result.errors().get(0).pointer());
    }

    @Test
    void tooManyRowsAreRefused() {
        String row = "1341234563,2456001F1310,2026-12-01,1,錠\n";
        RecordFile result = csv.read("facilityCode,yjCode,date,units,unit\n" + row + row + row,
                RecordKind.ORDER, "W", 2);
        assertTrue(result.errors().get(0).detail().contains("at most 2 records"));
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertEquals("(header)", csv.read("", RecordKind.ORDER, "W", 2).errors().get(0).field());
        assertEquals("#row=2", csv.read("facilityCode,yjCode,date,units,unit\n", RecordKind.ORDER, "W", 2)
                .errors().get(0).pointer());
    }

    @Test
    void anErrorFoundAfterReadingPointsAtTheRecordsRow() {
        RecordFile file = csv.read("facilityCode,yjCode,date,units,unit\n1341234563,2456001F1310,2026-12-01,1,mL\n",
                RecordKind.ORDER, "W", 2);
        Problem.FieldError error = file.recordError(0, "unit", Text.of("「mL」は単位ではありません", "'mL' is not the unit"));
        assertEquals("#row=2", error.pointer());
        assertEquals("row 2 (unit): 'mL' is not the unit", error.detail());
        assertEquals("2行目（unit）: 「mL」は単位ではありません", error.in(Language.JA).detail());
    }
}
