package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.common.bulk.Sheet;
import org.shortagewatch.common.bulk.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.shortagewatch.common.bulk.Cells;
import org.shortagewatch.common.bulk.Cells.CellException;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.bulk.Table;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.notification.domain.FacilityKind;

/**
 * Reads a facility list for bulk registration: one facility a row, {@code code,kind,name[,email]} in that order,
 * below an optional header row (a first row whose first cell is {@code code}); CSV or xlsx through common's bulk
 * toolkit. Each row is checked as a single registration is (the code in full, check digit included; the kind
 * fitting the code; a name; the e-mail address by the same check as the JSON request), and every error is named by
 * row and column.
 */
public final class FacilityListFile {

    static final Text SHORT_ROW = Text.of("code,kind,name[,email] の順に書いてください", "expected code,kind,name[,email]");
    static final Text KIND_VALUES = Text.of("kind は PHARMACY、HOSPITAL、CLINIC のいずれかにしてください",
            "kind must be PHARMACY, HOSPITAL or CLINIC");
    static final Text NAME_EMPTY = Text.of("name（施設名）を入力してください", "name: enter the facility's name");

    private FacilityListFile() {
    }

    /**
     * Every row of the file, read or refused.
     *
     * @param maxRows the most facilities the file may list
     * @param emailProblem what is wrong with an e-mail address, if anything: the check the JSON request applies,
     *        already in the caller's language (Bean Validation's messages are)
     * @throws UnreadableFile when the file is empty or cannot be read at all, or lists more than {@code maxRows}
     */
    public static List<ParsedRow<FacilityEntry>> read(UploadedFile file, int maxRows,
            Function<String, Optional<String>> emailProblem) throws UnreadableFile {
        List<SheetRow> sheet = file.rows(new Sheet.RowCap(maxRows, 1));
        boolean headed = "code".equalsIgnoreCase(PositionalLayout.stripped(sheet.get(0).cell(0)));
        Table<FacilityColumn> table = PositionalLayout.table(sheet, FacilityColumn.class, headed);
        List<ParsedRow<FacilityEntry>> rows = new ArrayList<>(table.rows().size());
        for (SheetRow sheetRow : table.rows()) {
            rows.add(row(table, sheetRow, emailProblem));
        }
        return rows;
    }

    private static ParsedRow<FacilityEntry> row(Table<FacilityColumn> table, SheetRow sheetRow,
            Function<String, Optional<String>> emailProblem) {
        ParsedRow.Reader<FacilityEntry, FacilityColumn> r = new ParsedRow.Reader<>(table, sheetRow);
        for (FacilityColumn column : List.of(FacilityColumn.CODE, FacilityColumn.KIND, FacilityColumn.NAME)) {
            if (table.cell(sheetRow, column) == null) {
                r.reject(column, SHORT_ROW);
                return r.parsed();
            }
        }
        String code = r.get(FacilityColumn.CODE, FacilityListFile::code);
        FacilityKind kind = r.get(FacilityColumn.KIND, FacilityListFile::kind);
        if (code != null && kind != null && !kind.fits(code)) {
            r.reject(FacilityColumn.KIND, FacilityKind.MISFIT);
        }
        String name = PositionalLayout.stripped(table.cell(sheetRow, FacilityColumn.NAME));
        if (name.isEmpty()) {
            r.reject(FacilityColumn.NAME, NAME_EMPTY);
        }
        String email = r.get(FacilityColumn.EMAIL, cell -> email(cell, emailProblem));
        if (r.parsed().errors().isEmpty()) {
            r.parsed().accept(new FacilityEntry(code, kind, name, email));
        }
        return r.parsed();
    }

    /** The code as typed (full-width digits too), with the leading zero a spreadsheet drops from a number. */
    private static String code(String cell) {
        String code = Objects.requireNonNullElse(Cells.zeroPadded(cell, 10), "");
        FacilityCodes.problem(code).ifPresent(problem -> {
            throw new CellException(Text.of("code: " + problem.ja(), "code: " + problem.en()));
        });
        return code;
    }

    private static FacilityKind kind(String cell) {
        try {
            return FacilityKind.valueOf(Objects.requireNonNullElse(Cells.code(cell), ""));
        } catch (IllegalArgumentException e) {
            throw new CellException(KIND_VALUES);
        }
    }

    /** The address, or null when the cell is empty; refused as the JSON request would refuse it. */
    private static String email(String cell, Function<String, Optional<String>> emailProblem) {
        String email = PositionalLayout.stripped(cell);
        if (email.isEmpty()) {
            return null;
        }
        emailProblem.apply(email).ifPresent(problem -> {
            throw new CellException(Text.of("email: " + problem, "email: " + problem));
        });
        return email;
    }
}
