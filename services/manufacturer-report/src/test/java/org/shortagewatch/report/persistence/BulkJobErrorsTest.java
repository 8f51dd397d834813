package org.shortagewatch.report.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.rest.Text;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A job's row errors are kept in both languages, and errors kept before the Japanese was read in English. */
class BulkJobErrorsTest {

    private final BulkJobErrors errors = new BulkJobErrors();

    BulkJobErrorsTest() {
        errors.json = new ObjectMapper();
    }

    @Test
    void bothLanguagesAreKept() {
        RowError error = new RowError(3, "⑭限定出荷等の理由", "reason", Text.of("理由を選んでください", "is required"));
        BulkJob job = new BulkJob();
        job.errors = errors.toColumn(List.of(error));
        assertEquals("[{\"row\":3,\"column\":\"⑭限定出荷等の理由\",\"field\":\"reason\",\"detail\":\"is required\","
                + "\"detailJa\":\"理由を選んでください\"}]", job.errors);
        assertEquals(List.of(error), errors.fromColumn(job));
    }

    @Test
    void anErrorKeptBeforeTheJapaneseWasReadsInEnglish() {
        BulkJob job = new BulkJob();
        job.errors = "[{\"row\":2,\"column\":\"⑤YJコード\",\"field\":\"yjCode\",\"detail\":\"is required\"}]";
        assertEquals(List.of(new RowError(2, "⑤YJコード", "yjCode", Text.of("is required", "is required"))),
                errors.fromColumn(job));
    }

    @Test
    void atMostTheFirstThousandAreKept() {
        List<RowError> many = java.util.stream.IntStream.range(0, 1500)
                .mapToObj(i -> new RowError(i + 2, "c", "f", Text.of("誤り", "wrong"))).toList();
        BulkJob job = new BulkJob();
        job.errors = errors.toColumn(many);
        assertEquals(BulkJobErrors.KEPT, errors.fromColumn(job).size());
    }
}
