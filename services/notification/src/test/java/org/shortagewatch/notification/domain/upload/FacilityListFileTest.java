package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.common.bulk.UploadedFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.notification.domain.FacilityKind;
import org.shortagewatch.notification.rest.FacilityRequest;

/**
 * A facility list read through common's bulk toolkit: code,kind,name[,email] by place, header optional, in CSV of
 * any charset a spreadsheet saves or in xlsx; every bad cell named by row and column; e-mail addresses checked as the
 * JSON request checks them.
 */
class FacilityListFileTest {

    static final String PHARMACY = FacilityCodes.withCheckDigit("134123456");
    static final String HOSPITAL = FacilityCodes.withCheckDigit("131234567");
    static final String WRONG_CHECK_DIGIT = "134123456" + (FacilityCodes.checkDigit("134123456") + 1) % 10;

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    /** The check the service applies: the JSON request's own constraints on {@code email}. */
    static final Function<String, Optional<String>> EMAIL = address -> FacilityRequest.emailProblem(VALIDATOR, address);

    static List<ParsedRow<FacilityEntry>> read(UploadedFile file) throws UnreadableFile {
        return FacilityListFile.read(file, 100, EMAIL);
    }

    static List<FacilityEntry> entries(List<ParsedRow<FacilityEntry>> rows) {
        rows.forEach(row -> assertTrue(row.valid(), () -> row.errors().toString()));
        return rows.stream().map(ParsedRow::value).toList();
    }

    @Test
    void csvInUtf8WithHeaderWithoutHeaderAndWithByteOrderMarkReadsTheSame() throws Exception {
        String body = PHARMACY + ",pharmacy, さくら薬局 ,info@sakura.example.jp\n" + HOSPITAL + ",HOSPITAL,中央病院\n";
        List<FacilityEntry> expected = List.of(
                new FacilityEntry(PHARMACY, FacilityKind.PHARMACY, "さくら薬局", "info@sakura.example.jp"),
                new FacilityEntry(HOSPITAL, FacilityKind.HOSPITAL, "中央病院", null));
        assertEquals(expected, entries(read(Uploads.csv("code,kind,name,email\n" + body))));
        assertEquals(expected, entries(read(Uploads.csv(body))));
        assertEquals(expected, entries(read(Uploads.csv("\ufeffCode,Kind,Name,Email\n\n" + body))));
    }

    @Test
    void shiftJisCsvAsJapaneseSpreadsheetsSaveItReadsTheSame() throws Exception {
        String text = "code,kind,name,email\r\n" + PHARMACY + ",PHARMACY,さくら薬局　本店,\r\n";
        assertEquals(List.of(new FacilityEntry(PHARMACY, FacilityKind.PHARMACY, "さくら薬局　本店", null)),
                entries(read(Uploads.csv(text, Uploads.SHIFT_JIS))));
        // declared by the upload, the charset is taken as it is
        UploadedFile declared = UploadedFile.of("text/csv; charset=Shift_JIS", text.getBytes(Uploads.SHIFT_JIS));
        assertEquals("さくら薬局　本店", entries(read(declared)).get(0).name());
    }

    @Test
    void xlsxReadsItsFirstSheetCodesTypedAsNumbersIncluded() throws Exception {
        UploadedFile file = Uploads.xlsx(List.of(
                List.of("code", "kind", "name", "email"),
                List.of(Long.parseLong(PHARMACY), "PHARMACY", "さくら薬局", "info@sakura.example.jp"),
                Arrays.asList(HOSPITAL, "HOSPITAL", "中央病院", null)));
        assertEquals(List.of(
                new FacilityEntry(PHARMACY, FacilityKind.PHARMACY, "さくら薬局", "info@sakura.example.jp"),
                new FacilityEntry(HOSPITAL, FacilityKind.HOSPITAL, "中央病院", null)), entries(read(file)));
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAsTheFileWroteIt() throws Exception {
        List<ParsedRow<FacilityEntry>> rows = read(Uploads.csv("Code,Kind,Name,E-mail\n"
                + PHARMACY + ",PHARMACY,良い薬局,\n"
                + WRONG_CHECK_DIGIT + ",DRUGSTORE,悪い薬局,\n"
                + HOSPITAL + ",PHARMACY, ,\n"
                + PHARMACY + ",PHARMACY\n"));
        assertTrue(rows.get(0).valid());
        List<RowError> bad = rows.get(1).errors();
        assertEquals(2, bad.size(), bad::toString);
        assertEquals(3, bad.get(0).row());
        assertEquals("Code", bad.get(0).column());
        assertEquals("code", bad.get(0).field());
        assertTrue(bad.get(0).detail().en().startsWith("code: ") && bad.get(0).detail().en().contains("check digit"),
                bad.get(0).detail()::en);
        assertTrue(bad.get(0).detail().ja().startsWith("code: ") && bad.get(0).detail().ja().contains("検証番号"),
                bad.get(0).detail()::ja);
        assertEquals(new RowError(3, "Kind", "kind", FacilityListFile.KIND_VALUES), bad.get(1));
        assertEquals(List.of(new RowError(4, "Kind", "kind", FacilityKind.MISFIT),
                new RowError(4, "Name", "name", FacilityListFile.NAME_EMPTY)), rows.get(2).errors());
        assertEquals("施設コードと合いません。薬局は 3 桁目が 4、病院・診療所は 1 か 3 です", FacilityKind.MISFIT.ja(),
                "each column's own words, the kind's as a single registration is told");
        assertEquals(List.of(new RowError(5, "Name", "name", FacilityListFile.SHORT_ROW)), rows.get(3).errors());
    }

    @Test
    void anAddressWithALineBreakIsRefusedNeverRead() throws Exception {
        String csv = "code,kind,name,email\n" + PHARMACY + ",PHARMACY,さくら薬局,\"info@sakura.example.jp\r\nBcc: all@example.jp\"\n"
                + HOSPITAL + ",HOSPITAL,中央病院,not an address\n";
        List<ParsedRow<FacilityEntry>> rows = read(Uploads.csv(csv));
        for (int i = 0; i < 2; i++) {
            ParsedRow<FacilityEntry> row = rows.get(i);
            assertFalse(row.valid());
            assertNull(row.value(), "nothing of a refused row is kept");
            RowError error = row.errors().get(0);
            assertEquals(i + 2, error.row());
            assertEquals("email", error.column());
            assertTrue(error.detail().en().startsWith("email: "), error.detail()::en);
        }
        for (String injected : List.of("\"info\r\nBcc: all@example.jp\"@sakura.example.jp", "info@sakura.example.jp\nBcc:x",
                "info@sakura\r\n.example.jp", "info\r@sakura.example.jp")) {
            assertTrue(EMAIL.apply(injected).isPresent(), injected);
        }
        // the same answer as the JSON request's
        assertEquals(EMAIL.apply("info@sakura.example.jp\r\nBcc: all@example.jp").map(p -> "email: " + p),
                Optional.of(rows.get(0).errors().get(0).detail().en()));
    }

    @Test
    void anEmptyOrUnreadableFileSaysWhy() {
        UnreadableFile empty = assertThrows(UnreadableFile.class, () -> read(Uploads.csv("\n ,\n")));
        assertEquals("the CSV is empty", empty.getMessage());
        assertEquals("CSV が空です", empty.reason().ja());
        assertThrows(UnreadableFile.class, () -> read(new UploadedFile(FileFormat.XLSX,
                "code,kind".getBytes(StandardCharsets.UTF_8), null)));
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws Exception {
        assertEquals(List.of(), read(Uploads.csv("code,kind,name,email\n")));
    }

    @Test
    void aCodeThatASpreadsheetKeptAsANumberOrThatWasTypedFullWidthIsRead() throws Exception {
        String hokkaido = FacilityCodes.withCheckDigit("014123456");
        String fullWidth = new String(PHARMACY.chars().map(c -> c - '0' + '０').toArray(), 0, PHARMACY.length());
        assertEquals(List.of(new FacilityEntry(hokkaido, FacilityKind.PHARMACY, "北の薬局", null),
                new FacilityEntry(PHARMACY, FacilityKind.PHARMACY, "さくら薬局", null)),
                entries(read(Uploads.xlsx(List.of(List.of("code", "kind", "name"),
                        List.of(Long.parseLong(hokkaido), "PHARMACY", "北の薬局"),
                        List.of(fullWidth, "PHARMACY", "さくら薬局"))))));
        assertEquals(hokkaido, entries(read(Uploads.csv(hokkaido.substring(1) + ",PHARMACY,北の薬局\n"))).get(0).code());
    }
}
