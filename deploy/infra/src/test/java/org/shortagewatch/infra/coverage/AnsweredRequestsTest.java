package org.shortagewatch.infra.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shortagewatch.infra.coverage.AnsweredRequests.Answer;

class AnsweredRequestsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "http://localhost:8081/api/v1/notices?limit=5#top, /api/v1/notices",
            "http://localhost:8081/api/v1/x/%E6%9C%AC, /api/v1/x/%E6%9C%AC",
            "http://localhost:8081, /",
            "http://localhost:8081?x=1, /",
            "/q/health, /q/health"})
    void theRecordedPathIsThePathAskedWithoutHostOrQuery(String asked, String recorded) {
        assertEquals(recorded, AnsweredRequests.pathOf(asked));
    }

    @Test
    void aLineIsReadBackAsItsAnswer() {
        assertEquals(new Answer("GET", "/a b/c", 200), AnsweredRequests.parse("GET /a b/c 200"));
    }

    @Test
    void aSuccessIsA2xxOrARedirection() {
        assertTrue(new Answer("POST", "/", 201).succeeded());
        assertTrue(new Answer("POST", "/", 303).succeeded());
        assertFalse(new Answer("GET", "/", 404).succeeded());
        assertFalse(new Answer("GET", "/", 101).succeeded());
    }
}
