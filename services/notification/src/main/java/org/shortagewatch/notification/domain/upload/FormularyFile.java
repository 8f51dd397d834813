package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.common.bulk.Sheet;
import org.shortagewatch.common.bulk.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.shortagewatch.common.bulk.Cells;
import org.shortagewatch.common.bulk.Cells.CellException;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.bulk.Table;
import org.shortagewatch.events.YjCodes;

/**
 * Reads a facility's formulary: YJ codes in the first column (other columns, such as the product's name, are left
 * alone), below an optional header row (a first row whose first cell holds no digit); CSV or xlsx through common's
 * bulk toolkit. Rows whose first cell is empty are skipped; a code that is not a YJ code is refused, naming its row
 * and column.
 */
public final class FormularyFile {

    private FormularyFile() {
    }

    /**
     * Every row of the file that names a product, read or refused.
     *
     * @param maxRows the most products the file may list
     * @throws UnreadableFile when the file is empty or cannot be read at all, or lists more than {@code maxRows}
     */
    public static List<ParsedRow<String>> read(UploadedFile file, int maxRows) throws UnreadableFile {
        List<SheetRow> sheet = file.rows(new Sheet.RowCap(maxRows, 1));
        String first = PositionalLayout.stripped(sheet.get(0).cell(0));
        boolean headed = !first.isEmpty() && !first.matches(".*[0-9].*");
        Table<FormularyColumn> table = PositionalLayout.table(sheet, FormularyColumn.class, headed);
        List<ParsedRow<String>> rows = new ArrayList<>(table.rows().size());
        for (SheetRow sheetRow : table.rows()) {
            if (PositionalLayout.stripped(table.cell(sheetRow, FormularyColumn.YJ_CODE)).isEmpty()) {
                continue;
            }
            ParsedRow.Reader<String, FormularyColumn> r = new ParsedRow.Reader<>(table, sheetRow);
            String yj = r.get(FormularyColumn.YJ_CODE, FormularyFile::yjCode);
            if (yj != null) {
                r.parsed().accept(yj);
            }
            rows.add(r.parsed());
        }
        return rows;
    }

    /** The codes of the valid rows, each once, in file order. */
    public static List<String> codes(List<ParsedRow<String>> rows) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (ParsedRow<String> row : rows) {
            if (row.valid()) {
                codes.add(row.value());
            }
        }
        return List.copyOf(codes);
    }

    /** The code as typed: full-width digits and letters, and a lower-case form letter, are read too. */
    private static String yjCode(String cell) {
        String yj = Cells.code(cell);
        if (yj == null || !YjCodes.isValid(yj)) {
            throw new CellException(Text.of(YjCodes.FORMAT_HINT_JA, YjCodes.FORMAT_HINT));
        }
        return yj;
    }
}
