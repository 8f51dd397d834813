package org.shortagewatch.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;

/** A refused file answers its errors as file uploads always have (field and pointer by line), with row and column. */
class FacilityUploadReaderTest {

    @Test
    void eachErrorKeepsItsLineFieldAndGainsRowAndColumn() {
        ProblemException refusal = FacilityUploadReader.refusal("facilities",
                List.of(new RowError(3, "Code", "code", "code: check digit 7; expected 3")));
        assertEquals(400, refusal.status());
        assertEquals("code: check digit 7; expected 3", refusal.getMessage());
        assertEquals(List.of(new Problem.FieldError("facilities[line 3]", "#/facilities[line 3]",
                "code: check digit 7; expected 3", 3, "Code")), refusal.errors());
    }

    @Test
    void manyErrorsAreCountedAndTheFirstThousandListed() {
        List<RowError> errors = IntStream.rangeClosed(2, 1501)
                .mapToObj(row -> new RowError(row, "YJコード", "yjCode", "must be a YJ code")).toList();
        ProblemException refusal = FacilityUploadReader.refusal("formulary", errors);
        assertEquals(FacilityUploadReader.MAX_LISTED_ERRORS, refusal.errors().size());
        assertEquals("formulary[line 2]", refusal.errors().get(0).field());
        assertTrue(refusal.getMessage().startsWith("1500 errors in the file"), refusal.getMessage());
    }
}
