package org.shortagewatch.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetTest {

    /** The national list's header and a company name as Excel on Japanese Windows saves them (CP932). */
    private static final String CSV = "①YJコード,②品名,⑳備考\n2223001F1050,メジコン錠15mg,㈱シオノギ\n";

    @ParameterizedTest(name = "charset={0}")
    @ValueSource(strings = {"Shift_JIS", "shift-jis", "SJIS", "MS932", "CP932", "Windows-31J", "x-sjis"})
    void everyNameJapaneseSpreadsheetsUseReadsWindowsShiftJis(String declared) throws Exception {
        byte[] bytes = CSV.getBytes(Charset.forName("windows-31j"));
        var rows = Sheet.read(FileFormat.CSV, bytes, declared);
        assertEquals("①YJコード", rows.get(0).cell(0));
        assertEquals("⑳備考", rows.get(0).cell(2));
        assertEquals("㈱シオノギ", rows.get(1).cell(2));
    }
}
