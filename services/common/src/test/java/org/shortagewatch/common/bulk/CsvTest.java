package org.shortagewatch.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports open safely in a spreadsheet: text that would run as a formula is defused, numbers stay numbers. */
class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.com\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0", "\tx", "\rx"})
    void textThatASpreadsheetWouldRunIsDefusedWithALeadingQuote(String formula) {
        assertEquals("'" + formula, Csv.cell(formula));
    }

    @Test
    void numbersDatesAndOrdinaryTextAreWrittenAsTheyAre() {
        assertEquals("-5", Csv.cell(-5));
        assertEquals("-12.5", Csv.cell("-12.5"));
        assertEquals("+3", Csv.cell("+3"));
        assertEquals("2026-12-01", Csv.cell("2026-12-01"));
        assertEquals("メジコン錠15mg", Csv.cell("メジコン錠15mg"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void theFileStartsWithAByteOrderMarkAndCarriesTheDefusedCell() {
        byte[] bytes = Csv.bytes(List.of(Arrays.asList("品名", "数量"), Arrays.asList("=1+1", 3)));
        assertEquals((byte) 0xef, bytes[0]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("'=1+1,3"), text);
    }
}
