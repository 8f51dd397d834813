package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UploadFormatTest {

    @Test
    void theNamesEndingTellsFirst() {
        assertEquals(UploadFormat.CSV, UploadFormat.of("供給状況.CSV", "application/octet-stream"));
        assertEquals(UploadFormat.XLSX, UploadFormat.of("list.xlsx", "text/csv"));
        assertEquals(UploadFormat.CSV, UploadFormat.of("list.txt", null));
    }

    @Test
    void otherwiseTheTypeTheBrowserGave() {
        // Windows browsers send a CSV as Excel's old type
        assertEquals(UploadFormat.CSV, UploadFormat.of("list", "application/vnd.ms-excel"));
        assertEquals(UploadFormat.CSV, UploadFormat.of(null, "text/csv; charset=Shift_JIS"));
        assertEquals(UploadFormat.XLSX, UploadFormat.of("list",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void anythingElseIsNeither() {
        assertNull(UploadFormat.of("old.xls", "application/vnd.ms-excel"));
        assertNull(UploadFormat.of("notes.pdf", "application/pdf"));
        assertNull(UploadFormat.of(null, null));
    }

    @Test
    void allOrNothingUnlessAcceptValidIsChosen() {
        assertEquals("accept-valid", UploadFormat.mode("accept-valid"));
        assertEquals("all-or-nothing", UploadFormat.mode(null));
        assertEquals("all-or-nothing", UploadFormat.mode("anything"));
        assertEquals("modeAcceptValid", UploadFormat.modeKey("accept-valid"));
        assertEquals("modeAllOrNothing", UploadFormat.modeKey("all-or-nothing"));
    }
}
