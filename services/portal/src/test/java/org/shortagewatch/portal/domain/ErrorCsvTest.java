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
        byte[] file = ErrorCsv.of(List.of("行", "列", "項目", "内容"),
                List.of(new ErrorCsv.Line(2, "⑭限定出荷等の理由", "reason", "限定出荷・供給停止には理由が必要です")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertEquals("行,列,項目,内容\r\n2,⑭限定出荷等の理由,reason,限定出荷・供給停止には理由が必要です\r\n", text);
    }

    @Test
    void cellsAreQuotedWhereTheyMustBeAndNothingRunsAsAFormula() {
        assertEquals("\"a, b\"", ErrorCsv.cell("a, b"));
        assertEquals("\"say \"\"no\"\"\"", ErrorCsv.cell("say \"no\""));
        assertEquals("\"two\nlines\"", ErrorCsv.cell("two\nlines"));
        assertEquals("'=HYPERLINK(1)", ErrorCsv.cell("=HYPERLINK(1)"));
        assertEquals("'@SUM(A1)", ErrorCsv.cell("@SUM(A1)"));
        assertEquals("-12", ErrorCsv.cell("-12"));
        assertEquals("", ErrorCsv.cell(null));
    }

    @Test
    void anErrorWithoutARowLeavesItsCellEmpty() {
        byte[] file = ErrorCsv.of(List.of("row"), List.of(new ErrorCsv.Line(null, null, "(file)", "empty")));
        assertEquals("row\r\n,,(file),empty\r\n", new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
    }
}
