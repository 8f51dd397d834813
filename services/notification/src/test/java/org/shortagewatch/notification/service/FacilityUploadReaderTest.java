package org.shortagewatch.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.Language;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;

/** A refused file answers its errors as file uploads always have (field and pointer by line), with row and column. */
class FacilityUploadReaderTest {

    private static final String CHECK_DIGIT_EN = "code: facility code '1341234567' fails its check digit: check the code";
    private static final Text CHECK_DIGIT = Text.of(
            "code: 医療機関コード「1341234567」の検証番号（末尾1桁）が合いません。医療機関コードを確かめてください。", CHECK_DIGIT_EN);

    @Test
    void eachErrorKeepsItsLineFieldAndGainsRowAndColumn() {
        ProblemException refusal = FacilityUploadReader.refusal("facilities",
                List.of(new RowError(3, "Code", "code", CHECK_DIGIT)));
        assertEquals(400, refusal.status());
        assertEquals(CHECK_DIGIT_EN, refusal.getMessage());
        assertEquals(List.of(new Problem.FieldError("facilities[line 3]", "#/facilities[line 3]",
                CHECK_DIGIT_EN, 3, "Code", CHECK_DIGIT.ja())), refusal.errors());
        assertEquals(CHECK_DIGIT_EN, refusal.errors().get(0).in(Language.EN).detail());
        assertEquals(CHECK_DIGIT.ja(), refusal.detail(Language.JA));
    }

    @Test
    void manyErrorsAreCountedAndTheFirstThousandListed() {
        List<RowError> errors = IntStream.rangeClosed(2, 1501)
                .mapToObj(row -> new RowError(row, "YJコード", "yjCode", Text.of("YJ コードにしてください", "must be a YJ code")))
                .toList();
        ProblemException refusal = FacilityUploadReader.refusal("formulary", errors);
        assertEquals(FacilityUploadReader.MAX_LISTED_ERRORS, refusal.errors().size());
        assertEquals("formulary[line 2]", refusal.errors().get(0).field());
        assertTrue(refusal.getMessage().startsWith("1500 errors in the file"), refusal.getMessage());
        assertTrue(refusal.detail(Language.JA).startsWith("ファイルに 1500 件の誤りがあるため"), refusal.detail(Language.JA));
        assertTrue(refusal.detail(Language.JA).endsWith("formulary[line 2]: YJ コードにしてください"),
                refusal.detail(Language.JA));
    }
}
