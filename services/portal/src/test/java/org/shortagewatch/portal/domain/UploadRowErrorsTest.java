package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class UploadRowErrorsTest {

    @Test
    void eachProblemIsARowOfTheTableItsRowFromItsPointerItsColumnItsHeader() {
        List<ErrorCsv.Line> lines = UploadRowErrors.of(List.of(
                new StatusFormErrors.FieldProblem("units", "#cell=3,4", "3 行目、4 列目（units）: 1 以上"),
                new StatusFormErrors.FieldProblem("facilityCode", "#row=12", "12 行目: 重複"),
                new StatusFormErrors.FieldProblem("file", null, "見出しがありません")));
        assertEquals(new ErrorCsv.Line(3, "units", "3 行目、4 列目（units）: 1 以上"), lines.get(0));
        assertEquals(12, lines.get(1).row());
        assertNull(lines.get(2).row());
        assertEquals("file", lines.get(2).column());
        assertEquals(List.of(), UploadRowErrors.of(null));
    }

    @Test
    void aPointerThatNamesNoRowGivesNone() {
        assertNull(UploadRowErrors.row("#/units"));
        assertNull(UploadRowErrors.row("#cell=x,1"));
        assertEquals(7, UploadRowErrors.row("#cell=7"));
    }
}
