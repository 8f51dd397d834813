package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.BulkMode;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.domain.nationallist.ListRows;

/** What a bulk job comes to, by mode, from the rows its file was read into. */
class BulkJobOutcomeTest {

    static final String HEADER = "⑤YJコード,⑫製造販売業者の出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由\n";
    static final String VALID = "2,2026/11/20,3\n";
    static final String INVALID = "2,2026/11/20,\n"; // a limited shipment states its reason

    /** Status-report rows of a file, one per YJ code, valid or not as asked. */
    static List<ParsedRow<StatusReport>> rows(boolean... valid) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < valid.length; i++) {
            csv.append("1149019F15").append(10 + i).append(',').append(valid[i] ? VALID : INVALID);
        }
        ListFile file = ListFile.read(FileFormat.CSV, csv.toString().getBytes(StandardCharsets.UTF_8), null, 100_000);
        return ListRows.statusReports(file, LocalDate.of(2026, 12, 1));
    }

    static int valid(List<ParsedRow<StatusReport>> rows) {
        return (int) rows.stream().filter(ParsedRow::valid).count();
    }

    @Test
    void everyRowValidSucceedsInEitherMode() throws Exception {
        var rows = rows(true, true);
        for (BulkMode mode : BulkMode.values()) {
            BulkJobOutcome outcome = BulkJobOutcome.of(mode, rows, valid(rows));
            assertEquals(BulkJobState.SUCCEEDED, outcome.state());
            assertEquals(2, outcome.total());
            assertEquals(2, outcome.accepted());
            assertEquals(0, outcome.rejected());
            assertNull(outcome.failure());
            assertTrue(outcome.recordsRows());
        }
    }

    @Test
    void allOrNothingRejectsTheFileForOneInvalidRow() throws Exception {
        var rows = rows(true, false, true);
        BulkJobOutcome outcome = BulkJobOutcome.of(BulkMode.ALL_OR_NOTHING, rows, valid(rows));
        assertEquals(BulkJobState.REJECTED, outcome.state());
        assertEquals(3, outcome.total());
        assertEquals(0, outcome.accepted());
        assertEquals(1, outcome.rejected(), "the rows with an error, not every row of the file");
        assertEquals("1 of 3 rows are invalid; nothing was recorded", outcome.failure());
        assertEquals(1, outcome.errors().size());
        assertFalse(outcome.recordsRows());
    }

    @Test
    void acceptValidRecordsTheValidRowsAndListsTheRest() throws Exception {
        var rows = rows(true, false, true);
        BulkJobOutcome outcome = BulkJobOutcome.of(BulkMode.ACCEPT_VALID, rows, valid(rows));
        assertEquals(BulkJobState.PARTIALLY_SUCCEEDED, outcome.state());
        assertEquals(2, outcome.accepted());
        assertEquals(1, outcome.rejected());
        assertEquals(3, outcome.errors().get(0).row());
        assertTrue(outcome.recordsRows());
    }

    @Test
    void acceptValidWithNoValidRowRejects() throws Exception {
        var rows = rows(false);
        BulkJobOutcome outcome = BulkJobOutcome.of(BulkMode.ACCEPT_VALID, rows, valid(rows));
        assertEquals(BulkJobState.REJECTED, outcome.state());
        assertFalse(outcome.recordsRows());
    }

    @Test
    void aFileWithoutRowsIsRejected() {
        BulkJobOutcome outcome = BulkJobOutcome.of(BulkMode.ACCEPT_VALID, List.of(), 0);
        assertEquals(BulkJobState.REJECTED, outcome.state());
        assertEquals("the file has no rows below its header", outcome.failure());
    }

    @Test
    void anUnreadableFileAndAJobGivenUpOnRecordNothing() {
        assertEquals("the file cannot be read: no header", BulkJobOutcome.unreadable(Text.of("見出しがありません", "no header")).failure());
        assertFalse(BulkJobOutcome.unreadable(Text.of("見出しがありません", "no header")).recordsRows());
        BulkJobOutcome gaveUp = BulkJobOutcome.gaveUp(3);
        assertEquals(BulkJobState.FAILED, gaveUp.state());
        assertEquals("gave up after 3 attempts", gaveUp.failure());
        assertFalse(gaveUp.recordsRows());
    }
}
