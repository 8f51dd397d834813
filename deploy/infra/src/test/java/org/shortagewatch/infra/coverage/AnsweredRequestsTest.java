package org.shortagewatch.infra.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.coverage.AnsweredRequests.Answer;

class AnsweredRequestsTest {

    @Test
    void theRecordedPathIsThePathAskedWithoutHostOrQuery() {
        assertEquals("/api/v1/notices", AnsweredRequests.pathOf("http://localhost:8081/api/v1/notices?limit=5#top"));
        assertEquals("/api/v1/x/%E6%9C%AC", AnsweredRequests.pathOf("http://localhost:8081/api/v1/x/%E6%9C%AC"));
        assertEquals("/", AnsweredRequests.pathOf("http://localhost:8081"));
        assertEquals("/", AnsweredRequests.pathOf("http://localhost:8081?x=1"));
        assertEquals("/q/health", AnsweredRequests.pathOf("/q/health"));
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
