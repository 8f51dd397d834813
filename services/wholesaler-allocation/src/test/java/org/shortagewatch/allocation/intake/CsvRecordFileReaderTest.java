package org.shortagewatch.allocation.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.rest.Problem;

class CsvRecordFileReaderTest {

    private final CsvRecordFileReader csv = new CsvRecordFileReader();

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
        Problem.FieldError error = csv.recordError(0, "unit", "'mL' is not the unit");
        assertEquals("#row=2", error.pointer());
        assertEquals("row 2 (unit): 'mL' is not the unit", error.detail());
    }
}
