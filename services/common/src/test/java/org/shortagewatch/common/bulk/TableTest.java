package org.shortagewatch.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.rest.Text;

/** The bulk toolkit on a layout of its own: charsets, xlsx, the header below title lines, errors per cell. */
class TableTest {

    /** A layout of two columns, recognised by their labels; each carries the field named as it is, in lower case. */
    enum Layout implements Column {
        CODE, AMOUNT;

        @Override
        public String header() {
            return this == CODE ? "コード" : "数量";
        }

        @Override
        public String field() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Layout> of(String cell) {
            return Arrays.stream(values()).filter(c -> cell != null && cell.strip().equals(c.header())).findFirst();
        }
    }

    static Table<Layout> table(FileFormat format, byte[] content) throws UnreadableFile {
        return Table.of(Sheet.read(format, content, null, new Sheet.RowCap(100, 5)), Layout.class, Layout::of, Layout.CODE, 5);
    }

    @Test
    void csvInUtf8WithOrWithoutBomAndInShiftJisReadsTheSame() throws Exception {
        String text = "在庫一覧,\n数量,コード\n12,A1\n,\n3,B2\n";
        byte[] bom = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
        for (byte[] bytes : List.of(text.getBytes(StandardCharsets.UTF_8), bom, text.getBytes(Charset.forName("windows-31j")))) {
            Table<Layout> t = table(FileFormat.CSV, bytes);
            assertEquals(2, t.rows().size(), "blank rows are left out");
            assertEquals("A1", t.cell(t.rows().get(0), Layout.CODE));
            assertEquals("3", t.cell(t.rows().get(1), Layout.AMOUNT));
            assertEquals(3, t.rows().get(0).number(), "numbered as the spreadsheet numbers it");
        }
    }

    @Test
    void theRowCapCountsFromTheHeaderWhereverItStands() throws Exception {
        Table<Layout> t = table(FileFormat.CSV, "在庫一覧,\n数量,コード\n12,A1\n,\n3,B2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, t.headerRow());
        t.checkRows(3);
        Sheet.TooManyRows over = assertThrows(Sheet.TooManyRows.class, () -> t.checkRows(2),
                "the blank row counts, as the spreadsheet numbers it");
        assertEquals(5, over.row());
    }

    @Test
    void xlsxReadsItsFirstSheetWithNumbersAsWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("一覧");
            ws.value(0, 0, "コード");
            ws.value(0, 1, "数量");
            ws.value(1, 0, "A1");
            ws.value(1, 1, 1200);
        }
        Table<Layout> t = table(FileFormat.XLSX, out.toByteArray());
        assertEquals("1200", t.cell(t.rows().get(0), Layout.AMOUNT));
        assertEquals(2, t.rows().get(0).number());
    }

    @Test
    void aFileWithoutTheRequiredColumnOrNotAWorkbookIsUnreadableAndSaysWhy() {
        UnreadableFile noHeader = assertThrows(UnreadableFile.class,
                () -> table(FileFormat.CSV, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noHeader.getMessage().contains("コード"), noHeader.getMessage());
        assertEquals("先頭 5 行に「コード」列のある見出し行がありません", noHeader.reason().ja());
        assertThrows(UnreadableFile.class, () -> table(FileFormat.XLSX, "plain".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Sheet.isWorkbook(new byte[] {'P', 'K'}), "too short to be a workbook, and no failure");
    }

    @Test
    void aRowReaderCollectsEveryBadCellWithRowColumnAndField() throws Exception {
        Table<Layout> t = table(FileFormat.CSV, " コード ,数量\n,x\n".getBytes(StandardCharsets.UTF_8));
        ParsedRow.Reader<String, Layout> r = new ParsedRow.Reader<>(t, t.rows().get(0));
        assertNull(r.required(Layout.CODE, Cells::text));
        assertNull(r.get(Layout.AMOUNT, cell -> {
            throw new Cells.CellException(Text.of("数値ではありません", "is not a number"));
        }));
        ParsedRow<String> row = r.parsed();
        assertFalse(row.valid());
        assertEquals(List.of(new RowError(2, "コード", "code", Text.of("入力してください", "is required")),
                new RowError(2, "数量", "amount", Text.of("数値ではありません", "is not a number"))), row.errors());
        assertEquals("is required", row.errors().get(0).detail().en());
        assertEquals("is not a number", row.errors().get(1).detail().en());
        assertEquals(2, row.errors().get(0).toFieldError().row());
        assertEquals("code", row.errors().get(0).toFieldError().field());
    }
}
