package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ErrorCsvTest {

    @Test
    void utf8WithAByteOrderMarkSoExcelReadsTheJapanese() {
        byte[] file = ErrorCsv.of(false,
                List.of(new ErrorCsv.Line(2, "⑭限定出荷等の理由", "限定出荷・供給停止には理由が必要です")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertEquals("行,列,内容\r\n2,⑭限定出荷等の理由,限定出荷・供給停止には理由が必要です\r\n", text);
    }

    /** Each cell as it is typed, and as the file writes it. */
    static final String[][] CELLS = {
        {"a, b", "\"a, b\""},
        {"say \"no\"", "\"say \"\"no\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"=HYPERLINK(1)", "'=HYPERLINK(1)"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tSUM(A1)", "'\tSUM(A1)"},
        {"-12", "-12"},
        {null, ""}};

    @Test
    void cellsAreQuotedWhereTheyMustBeAndNothingRunsAsAFormula() {
        for (String[] c : CELLS) {
            assertEquals(c[1], ErrorCsv.cell(c[0]), c[0]);
        }
    }

    @Test
    void anErrorWithoutARowLeavesItsCellEmptyAndTheHeaderSpeaksThePagesLanguage() {
        byte[] file = ErrorCsv.of(true, List.of(new ErrorCsv.Line(null, null, "empty")));
        assertEquals("row,column,detail\r\n,,empty\r\n", new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void theTableAPageSendsBackIsReadAsItWasShownAndWhatItLeftOutIsEmpty() {
        assertEquals(List.of(new ErrorCsv.Line(3, "kind", "種別がありません"), new ErrorCsv.Line(null, "", "空です")),
                ErrorCsv.fromForm(List.of("3", "x"), List.of("kind"), List.of("種別がありません", "空です")));
        assertEquals(List.of(), ErrorCsv.fromForm(null, null, null));
    }
}
