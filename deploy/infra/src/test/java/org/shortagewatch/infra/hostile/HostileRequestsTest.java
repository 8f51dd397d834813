package org.shortagewatch.infra.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shortagewatch.infra.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

class HostileRequestsTest {

    private static final String DOC = """
            {"openapi":"3.1.0","paths":{
              "/api/v1/things/{code}":{
                "put":{"parameters":[{"name":"code","in":"path","required":true,
                          "schema":{"type":"string","pattern":"^[0-9]{7}[A-Z]$"}}],
                       "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                       "security":[{"SecurityScheme":["manufacturer","admin"]}]},
                "get":{}},
              "/api/v1/things/{code}/approval":{
                "post":{"parameters":[{"name":"code","in":"path","schema":{"type":"string"}}],
                        "security":[{"SecurityScheme":["regulator"]}]}}},
             "components":{"schemas":{
              "Thing":{"type":"object","required":["kind","name"],"properties":{
                 "kind":{"$ref":"#/components/schemas/Kind","examples":["B"]},
                 "name":{"type":"string","maxLength":20,"pattern":"\\\\S"},
                 "day":{"$ref":"#/components/schemas/LocalDate"},
                 "parts":{"type":"array","maxItems":2,"items":{"$ref":"#/components/schemas/Part"}}}},
              "Part":{"type":"object","required":["code"],"properties":{
                 "code":{"type":"string","pattern":"^[0-9]{4}$"},"count":{"type":"integer","format":"int32","minimum":1}}},
              "Kind":{"type":"string","enum":["A","B"]},
              "LocalDate":{"type":"string","format":"date"}}}}
            """;

    private final List<WriteOperation> operations = OpenApiDocument.parse(DOC).writeOperations();

    @Test
    void theWriteOperationsAreReadWithTheirSchemasResolved() {
        assertEquals(List.of("PUT /api/v1/things/{code}", "POST /api/v1/things/{code}/approval"),
                operations.stream().map(WriteOperation::key).toList());
        WriteOperation put = operations.get(0);
        assertEquals(List.of("manufacturer", "admin"), put.roles());
        assertEquals("B", put.jsonBody().at("/properties/kind/examples/0").asText());
        assertEquals("A", put.jsonBody().at("/properties/kind/enum/0").asText(), "the $ref's schema, merged");
        assertEquals("^[0-9]{4}$", put.jsonBody().at("/properties/parts/items/properties/code/pattern").asText());
        assertFalse(operations.get(1).takesBody());
    }

    @Test
    void everyFieldIsAttackedAndEachBodyHasOneThingWrong() throws Exception {
        Map<String, HostileRequest> cases = cases(operations.get(0), null);
        HostileRequest ordinal = cases.get("body kind: enum ordinal");
        assertEquals("{\"kind\":1,\"name\":\"a\"}", ordinal.body());
        assertEquals("kind", ordinal.expected().field());
        assertEquals("{\"kind\":\"B\",\"name\":\"a\",\"parts\":[{\"code\":\"0000\",\"count\":0}]}",
                cases.get("body parts[0].count: zero below minimum").body());
        assertEquals("parts[0].count", cases.get("body parts[0].count: zero below minimum").expected().field());
        assertEquals("{\"kind\":\"B\",\"kind\":\"B\",\"name\":\"a\"}", cases.get("body kind: given twice").body());
        assertEquals("{\"name\":\"a\"}", cases.get("body kind: required but absent").body());
        assertEquals("parts[0].hostileExtraField", cases.get("body parts[0].hostileExtraField: unknown field")
                .expected().field());
        assertEquals(21, new ObjectMapper().readTree(cases.get("body name: text of 21 characters").body())
                .get("name").asText().length());
        assertEquals("{\"kind\":\"B\",\"name\":\"a\\u0000b\"}", cases.get("body name: control character NUL").body());
        assertTrue(cases.containsKey("body day: year 99999"));
        assertTrue(cases.containsKey("body parts[0].code: SQL injection"), "a pattern restricts the text");
        assertFalse(cases.containsKey("body name: SQL injection"), "free text may say anything");
        assertTrue(cases.containsKey("body parts: more than maxItems"));
        assertTrue(cases.containsKey("body kind: null"));
        assertFalse(cases.containsKey("body day: null"), "an optional field may be null");
    }

    @Test
    void theRequestAsAWholeAndItsCallersAreAttacked() {
        Map<String, HostileRequest> cases = cases(operations.get(0), null);
        assertEquals("Content-Type", cases.get("Content-Type text/plain").expected().field());
        assertFalse(cases.get("no Content-Type").headers().containsKey("Content-Type"));
        assertNull(cases.get("no body").body());
        assertEquals("/api/v1/things/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                cases.get("path code: path traversal").pathAndQuery());
        assertEquals("/api/v1/things/0000000A", cases.get("token: none").pathAndQuery(), "a sample of the pattern");
        assertFalse(cases.get("token: none").headers().containsKey("Authorization"));
        assertEquals("facility", OperationCallers.claims(cases.get("token: role not allowed").headers()
                .get("Authorization")).path("groups").path(0).asText());
        assertEquals(HostileRequest.Refusal.NOT_YOURS, cases.get("token: another organisation").expected().refusal());
        assertTrue(cases.get("token: expired").headers().get("Authorization").startsWith("Bearer "));
    }

    @Test
    void aTestsBaseBodyIsLaidOverTheGeneratedOne() {
        Map<String, HostileRequest> cases = cases(operations.get(0), "{\"name\":\"ねじ\"}");
        assertEquals("{\"kind\":\"B\",\"name\":\"ねじ\"}", cases.get("token: none").body());
    }

    @Test
    void anOperationWithoutABodyIsAttackedThroughItsPathAndCallers() {
        Map<String, HostileRequest> cases = cases(operations.get(1), null);
        assertFalse(cases.containsKey("no Content-Type"));
        assertTrue(cases.containsKey("path code: control character NUL"));
        assertEquals("/api/v1/things/a%00b/approval", cases.get("path code: control character NUL").pathAndQuery());
    }

    @ParameterizedTest(name = "{0} is sampled as {1}")
    @CsvSource(delimiterString = " => ", nullValues = "nothing", value = {
            "^[0-9]{7}[A-Z][0-9]{3}[0-9A-Z]$                => 0000000A0000",
            "orders|shipments|stock                         => orders",
            "^(0[1-9]|[1-3][0-9]|4[0-7])[134][0-9]{7}$      => 0110000000",
            "^[A-Za-z0-9_-]{1,64}$                          => A",
            "^[^a]$                                         => nothing", // a negated class is not sampled
    })
    void patternsAreSampled(String pattern, String sample) {
        assertEquals(sample, PatternSample.of(pattern));
    }

    private static Map<String, HostileRequest> cases(WriteOperation operation, String body) {
        OperationCallers callers = new OperationCallers(TestTokens.bearer("manufacturer", "MFR1"),
                TestTokens.bearer("manufacturer", "MFR2"));
        return HostileRequests.of(operation, callers, Map.of(), body).stream()
                .collect(Collectors.toMap(HostileRequest::name, Function.identity()));
    }
}
