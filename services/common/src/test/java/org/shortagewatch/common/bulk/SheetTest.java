package org.shortagewatch.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shortagewatch.common.bulk.Sheet.RowCap;
import org.shortagewatch.common.bulk.Sheet.TooManyRows;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;

class SheetTest {

    /** The national list's header and a company name as Excel on Japanese Windows saves them (CP932). */
    private static final String CSV = "①YJコード,②品名,⑳備考\n2223001F1050,メジコン錠15mg,㈱シオノギ\n";

    @ParameterizedTest(name = "charset={0}")
    @ValueSource(strings = {"Shift_JIS", "shift-jis", "SJIS", "MS932", "CP932", "Windows-31J", "x-sjis"})
    void everyNameJapaneseSpreadsheetsUseReadsWindowsShiftJis(String declared) throws Exception {
        byte[] bytes = CSV.getBytes(Charset.forName("windows-31j"));
        var rows = Sheet.read(FileFormat.CSV, bytes, declared, new Sheet.RowCap(10, 1));
        assertEquals("①YJコード", rows.get(0).cell(0));
        assertEquals("⑳備考", rows.get(0).cell(2));
        assertEquals("㈱シオノギ", rows.get(1).cell(2));
    }

    @Test
    void undeclaredBytesAreUtf8WhenValidElseShiftJis() throws Exception {
        RowCap cap = new RowCap(10, 1);
        assertEquals("㈱シオノギ", Sheet.read(FileFormat.CSV, CSV.getBytes(StandardCharsets.UTF_8), null, cap)
                .get(1).cell(2));
        assertEquals("㈱シオノギ", Sheet.read(FileFormat.CSV, CSV.getBytes(Charset.forName("windows-31j")), null, cap)
                .get(1).cell(2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FileFormat.class)
    void aFileWithMoreRowsThanTheCapIsRefusedAtTheFirstRowOverIt(FileFormat format) throws Exception {
        byte[] file = file(format, 1_000_000);
        RowCap cap = new RowCap(1_000, 2);
        TooManyRows refused = assertThrows(TooManyRows.class, () -> Sheet.read(format, file, null, cap));
        assertEquals(1_003, refused.row(), "the first row over the cap, as the spreadsheet numbers it");
        assertTrue(refused.getMessage().contains("at most 1000 rows below its header"), refused.getMessage());
        assertThrows(TooManyRows.class, () -> Sheet.check(format, file, null, cap));
        assertEquals(1_002, Sheet.read(format, file(format, 1_001), null, cap).size(), "the cap itself is accepted");
    }

    @Test
    void aNulByteAnywhereMakesTheFileUnreadable() {
        byte[] file = ("code\n" + "A1\n".repeat(500) + "A\u00002\n").getBytes(StandardCharsets.UTF_8);
        UnreadableFile refused = assertThrows(UnreadableFile.class,
                () -> Sheet.check(FileFormat.CSV, file, null, new RowCap(1_000, 1)));
        assertTrue(refused.getMessage().contains("NUL"), refused.getMessage());
    }

    /** A damaged workbook is refused with what to do, in Japanese without the reader's own words. */
    @Test
    void aDamagedWorkbookIsRefusedSayingWhatToDo() {
        byte[] damaged = new byte[600];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, damaged, 0, 4);
        UnreadableFile refused = assertThrows(UnreadableFile.class,
                () -> Sheet.check(FileFormat.XLSX, damaged, null, new RowCap(1_000, 1)));
        assertEquals("xlsx 形式のブックとして読めません。Excel で「Excel ブック (*.xlsx)」として保存し直すか、CSV（UTF-8）で"
                + "送ってください", refused.reason().ja());
        assertTrue(refused.reason().en().startsWith("not a readable xlsx workbook ("), refused.reason().en());
    }

    /** A header and {@code rows} rows below it; in a workbook, one cell repeated, so it compresses to little. */
    private static byte[] file(FileFormat format, int rows) throws Exception {
        if (format == FileFormat.CSV) {
            return ("code\n" + "A1\n".repeat(rows)).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("list");
        sheet.value(0, 0, "code");
        for (int r = 1; r <= rows; r++) {
            sheet.value(r, 0, 1);
            if (r % 10_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
