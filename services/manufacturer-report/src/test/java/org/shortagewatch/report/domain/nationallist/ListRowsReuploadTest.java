package org.shortagewatch.report.domain.nationallist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.events.DateCertainty;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.StatusReport;

/** How a re-uploaded list's rows are read: rows with no status, rows repeating a status, and dates that have passed. */
class ListRowsReuploadTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String HEADER = "⑤YJコード,⑫出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,⑮解消見込み,⑯解消見込み時期,⑰出荷量の状況,"
            + "⑳更新日\n";

    static List<ParsedRow<StatusReport>> rows(String text, LocalDate today) throws Exception {
        ListFile file = ListFile.read(FileFormat.CSV, (HEADER + text).getBytes(StandardCharsets.UTF_8), null, 100);
        return ListRows.statusReports(file, today);
    }

    static StatusReport stopped(LocalDate expected, DateCertainty certainty) {
        return new StatusReport("1149019F1560", ShipmentResponse.STOPPED, ShortageReason.MANUFACTURING_TROUBLE,
                LocalDate.of(2026, 11, 1), certainty, null, ResolutionOutlook.YES, expected, null, ShipmentVolume.D,
                null, null, null);
    }

    @Test
    void aRowWithEveryStatusColumnEmptyStatesNothingAndIsNoError() throws Exception {
        var rows = rows("1149019F1560,,,,,,,2026-11-20\n1149019F1578,,2026-11-20,,,,,\n", TODAY);
        assertTrue(rows.get(0).valid());
        assertTrue(rows.get(0).value().statesNothing());
        assertEquals(List.of("shipmentResponse"), rows.get(1).errors().stream().map(RowError::field).toList(),
                "a row that states part of a status still needs ⑫");
    }

    @Test
    void aStatusIsRepeatedWhenEveryFieldTheListStatesIsTheSame() {
        StatusReport recorded = stopped(LocalDate.of(2027, 1, 31), DateCertainty.ANTICIPATED);
        StatusReport row = stopped(LocalDate.of(2027, 1, 31), null);
        assertTrue(row.repeats(recorded, false), "the list states no certainty");
        assertFalse(row.repeats(recorded, true));
        assertFalse(stopped(LocalDate.of(2027, 2, 28), null).repeats(recorded, false));
        assertFalse(row.repeats(null, false), "nothing recorded yet");
    }

    @Test
    void aPassedDateIsRefusedOnlyInARowThatChangesTheStatus() throws Exception {
        String line = "1149019F1560,供給停止,2026-11-01,3,あり,2026-11-15,D,\n";
        assertEquals(List.of("expectedResolutionDate"),
                rows(line, TODAY).get(0).errors().stream().map(RowError::field).toList());

        ListFile file = ListFile.read(FileFormat.CSV, (HEADER + line + line.replace("1560", "1578"))
                .getBytes(StandardCharsets.UTF_8), null, 100);
        var deferred = ListRows.statusReports(file, null);
        assertTrue(deferred.get(0).valid() && deferred.get(1).valid(), "read with no day: the dates wait");
        ListRows.checkDates(file, deferred, report -> report.yjCode().equals("1149019F1560"), TODAY);
        assertTrue(deferred.get(0).valid(), "repeats the recorded status: its date has just passed");
        assertEquals("⑯解消見込み時期", deferred.get(1).errors().get(0).column());
    }
}
