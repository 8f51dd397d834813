package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.common.bulk.UploadedFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.ParsedRow;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.YjCodes;

/** A formulary read through common's bulk toolkit: YJ codes in the first column, header optional, CSV or xlsx. */
class FormularyFileTest {

    private static final Text NOT_A_YJ_CODE = Text.of(YjCodes.FORMAT_HINT_JA, YjCodes.FORMAT_HINT);

    static List<String> codes(UploadedFile file) throws UnreadableFile {
        List<ParsedRow<String>> rows = FormularyFile.read(file, 100);
        rows.forEach(row -> assertEquals(List.of(), row.errors()));
        return FormularyFile.codes(rows);
    }

    @Test
    void theFirstColumnGivesEachCodeOnceInFileOrderWithOrWithoutHeader() throws Exception {
        String body = "2456001F1310,アムロジピン錠\n\n6199000F1000,品目\n,メモだけの行\n2456001F1310,again\n";
        List<String> expected = List.of("2456001F1310", "6199000F1000");
        assertEquals(expected, codes(Uploads.csv("YJコード,品名\n" + body)));
        assertEquals(expected, codes(Uploads.csv(body)));
        assertEquals(expected, codes(Uploads.csv("\ufeffyj,name\n" + body)));
    }

    @Test
    void shiftJisAndXlsxReadTheSame() throws Exception {
        assertEquals(List.of("2456001F1310"),
                codes(Uploads.csv("ＹＪコード,品名\r\n2456001F1310,アムロジピン錠\r\n", Uploads.SHIFT_JIS)));
        assertEquals(List.of("2456001F1310", "6199000F1000"), codes(Uploads.xlsx(List.of(
                List.of("YJコード", "品名"),
                List.of("2456001F1310", "アムロジピン錠"),
                Arrays.asList(null, "空き"),
                List.of("6199000F1000")))));
    }

    @Test
    void aCodeTypedFullWidthOrInLowerCaseIsRead() throws Exception {
        assertEquals(List.of("2456001F1310", "6199000F1000"),
                codes(Uploads.csv("YJコード\n２４５６００１Ｆ１３１０\n 6199000f1000 \n")));
    }

    @Test
    void aCodeThatIsNotAYjCodeIsNamedByRowAndColumn() throws Exception {
        List<ParsedRow<String>> rows = FormularyFile.read(Uploads.csv("薬品コード,品名\n2456001F1310,a\n2456001,b\n"), 100);
        assertEquals(List.of(new RowError(3, "薬品コード", "yjCode", NOT_A_YJ_CODE)), rows.get(1).errors());
        assertEquals(YjCodes.FORMAT_HINT, rows.get(1).errors().get(0).detail().en());
        List<ParsedRow<String>> headless = FormularyFile.read(Uploads.csv("245600\n"), 100);
        assertEquals(List.of(new RowError(1, "YJコード", "yjCode", NOT_A_YJ_CODE)), headless.get(0).errors());
    }

    @Test
    void anEmptyFileIsUnreadable() {
        assertEquals("the CSV is empty", assertThrows(UnreadableFile.class,
                () -> FormularyFile.read(Uploads.csv(""), 100)).getMessage());
    }
}
