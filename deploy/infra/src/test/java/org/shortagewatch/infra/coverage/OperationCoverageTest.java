package org.shortagewatch.infra.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.coverage.AnsweredRequests.Answer;

class OperationCoverageTest {

    private static final String DOC = """
            {"openapi":"3.1.0","paths":{
              "/api/v1/facilities/bulk":{"post":{}},
              "/api/v1/facilities/{code}":{"parameters":[],"get":{},"put":{}},
              "/api/v1/facilities/{code}/formulary":{"post":{}},
              "/api/v1/notices/{id}/send-back":{"summary":"not an operation","post":{}}}}
            """;

    private final OperationCoverage coverage = OperationCoverage.of(DOC).and("GET /q/health");

    @Test
    void everyOperationOfTheDocumentIsListedWithTheEndpointsItLeavesOut() {
        assertEquals(List.of("POST /api/v1/facilities/bulk", "GET /api/v1/facilities/{code}",
                "PUT /api/v1/facilities/{code}", "POST /api/v1/facilities/{code}/formulary",
                "POST /api/v1/notices/{id}/send-back", "GET /q/health"), coverage.operations());
    }

    @Test
    void aPathMatchesTheTemplateWithTheMostLiteralSegments() {
        assertEquals(Optional.of("POST /api/v1/facilities/bulk"), coverage.operationOf("POST", "/api/v1/facilities/bulk"));
        assertEquals(Optional.of("PUT /api/v1/facilities/{code}"), coverage.operationOf("PUT", "/api/v1/facilities/bulk"));
        assertEquals(Optional.of("GET /api/v1/facilities/{code}"),
                coverage.operationOf("GET", "/api/v1/facilities/1341234563/"));
        assertEquals(Optional.empty(), coverage.operationOf("DELETE", "/api/v1/facilities/1341234563"));
        assertEquals(Optional.empty(), coverage.operationOf("POST", "/api/v1/facilities//formulary"));
        assertEquals(Optional.empty(), coverage.operationOf("GET", "/q/openapi"));
    }

    @Test
    void anOperationWithoutASuccessIsNamedWithWhatItWasAnswered() {
        List<Answer> answers = List.of(
                new Answer("POST", "/api/v1/facilities/bulk", 200),
                new Answer("GET", "/api/v1/facilities/1341234563", 404),
                new Answer("GET", "/api/v1/facilities/1341234563", 403),
                new Answer("PUT", "/api/v1/facilities/1341234563", 201),
                new Answer("POST", "/api/v1/facilities/1341234563/formulary", 400),
                new Answer("POST", "/api/v1/notices/8c1b/send-back", 303),
                new Answer("GET", "/q/health", 503));
        assertEquals(List.of("GET /api/v1/facilities/{code}: answered 403, 404",
                        "POST /api/v1/facilities/{code}/formulary: answered 400", "GET /q/health: answered 503"),
                coverage.withoutSuccess(answers));
        assertEquals(List.of("POST /api/v1/facilities/bulk: never called", "GET /api/v1/facilities/{code}: never called",
                "PUT /api/v1/facilities/{code}: never called", "POST /api/v1/facilities/{code}/formulary: never called",
                "POST /api/v1/notices/{id}/send-back: never called", "GET /q/health: never called"),
                coverage.withoutSuccess(List.of()));
    }

    @Test
    void anOperationLeftOutMustBeInTheDocument() {
        assertEquals(List.of("GET /q/health: never called"), coverage
                .except("POST /api/v1/facilities/bulk", "reason").except("GET /api/v1/facilities/{code}", "reason")
                .except("PUT /api/v1/facilities/{code}", "reason")
                .except("POST /api/v1/facilities/{code}/formulary", "reason")
                .except("POST /api/v1/notices/{id}/send-back", "reason").withoutSuccess(List.of()));
        assertThrows(IllegalArgumentException.class, () -> coverage.except("DELETE /api/v1/facilities/{code}", "gone"));
    }
}
