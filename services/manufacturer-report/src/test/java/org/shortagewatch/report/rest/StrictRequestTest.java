package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Request bodies are read strictly, and refusals are written in Japanese unless the caller asks for English: what a
 * lenient reader would guess at is a 400 naming the field, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class StrictRequestTest {

    private static final String JAPANESE = ".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*";

    static Stream<Arguments> lenientBodies() {
        String yj = "2456990F1312";
        String valid = "\"shipmentResponse\":\"LIMITED_OWN_REASONS\",\"reason\":\"MANUFACTURING_TROUBLE\"";
        return Stream.of(
                Arguments.of("an unknown field", "{\"yjCode\":\"" + yj + "\"," + valid
                        + ",\"effectiveDate\":\"2026-12-01\",\"colour\":\"red\"}", "colour"),
                Arguments.of("a field given twice", "{\"yjCode\":\"BAD\",\"yjCode\":\"" + yj + "\"," + valid
                        + ",\"effectiveDate\":\"2026-12-01\"}", "yjCode"),
                Arguments.of("an enum as its ordinal", "{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":1,"
                        + "\"effectiveDate\":\"2026-12-01\"}", "shipmentResponse"),
                Arguments.of("a number for text", "{\"yjCode\":245699010,"  + valid
                        + ",\"effectiveDate\":\"2026-12-01\"}", "yjCode"),
                Arguments.of("a number for a date", "{\"yjCode\":\"" + yj + "\"," + valid
                        + ",\"effectiveDate\":20261210}", "effectiveDate"),
                Arguments.of("an array for a date", "{\"yjCode\":\"" + yj + "\"," + valid
                        + ",\"effectiveDate\":[2026,12,10]}", "effectiveDate"),
                Arguments.of("a boolean for an enum", "{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":true,"
                        + "\"effectiveDate\":\"2026-12-01\"}", "shipmentResponse"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientBodies")
    void aLenientlyReadableBodyIsRefusedNamingTheField(String what, String body, String field) {
        long before = history();
        TestReports.asManufacturer().contentType("application/json").body(body)
                .when().post("/api/v1/status-changes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "ja")
                .body("title", equalTo("入力内容に誤りがあります"))
                .body("errors.field", hasItem(field))
                .body("errors[0].detail", matchesPattern(JAPANESE));
        assertEquals(before, history(), "nothing stored");
    }

    static Stream<Arguments> impossibleValues() {
        return Stream.of(
                Arguments.of("year 99999", "\"+99999-01-01\"", "effectiveDate"),
                Arguments.of("year 1", "\"0001-01-01\"", "effectiveDate"),
                Arguments.of("1900", "\"1900-01-01\"", "effectiveDate"),
                Arguments.of("a BC date", "\"-0044-03-15\"", "effectiveDate"),
                Arguments.of("ten years ahead", "\"" + java.time.LocalDate.now().plusYears(10) + "\"", "effectiveDate"),
                Arguments.of("not a day", "\"2026-02-30\"", "effectiveDate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleValues")
    void aDateOutsideTheDomainIsRefusedNamingTheField(String what, String date, String field) {
        long before = history();
        TestReports.asManufacturer().contentType("application/json")
                .body("{\"yjCode\":\"2456990F1312\",\"shipmentResponse\":\"STOPPED\",\"reason\":\"OTHER\","
                        + "\"effectiveDate\":" + date + "}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].detail", matchesPattern(JAPANESE));
        assertEquals(before, history(), "nothing stored");
    }

    @Test
    void aControlCharacterInTextIsRefusedNamingTheField() {
        String yj = TestReports.freshYj();
        long before = history();
        TestReports.asManufacturer().contentType("application/json")
                .body("{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":\"LIMITED_OTHER\",\"reason\":\"OTHER\","
                        + "\"effectiveDate\":\"2026-12-01\",\"volumeImprovementAmount\":\"通常の\\u000050%\"}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("volumeImprovementAmount"))
                .body("errors[0].detail", containsString("U+0000"));
        assertEquals(before, history(), "nothing stored");
    }

    @Test
    void aQueryParameterOfTheWrongFormIsA400NamingIt() {
        String admin = org.shortagewatch.infra.TestTokens.bearer(org.shortagewatch.common.security.Roles.ADMIN, "ops");
        for (String query : new String[] {"limit=abc", "beforeId=x1", "limit=5&limit=6", "limit=%00"}) {
            given().header("Authorization", admin).when().get("/api/v1/audit?" + query)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))))
                    .body("errors[0].detail", matchesPattern(JAPANESE));
        }
        given().header("Authorization", admin).when().get("/api/v1/audit?limit=5").then().statusCode(200);
    }

    @Test
    void aDayOutsideTheDomainInAQueryIsRefusedNamingIt() {
        for (String day : new String[] {"99999-01-01", "0001-01-01", "1900-01-01", "20261210"}) {
            given().when().get("/api/v1/aggregates?asOf=" + day)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("asOf"))
                    .body("errors[0].detail", matchesPattern(JAPANESE));
        }
        given().when().get("/api/v1/aggregates?asOf=2026-11-30").then().statusCode(200);
    }

    @Test
    void anEnglishSpeakingCallerReadsTheRefusalInEnglish() {
        TestReports.asManufacturer().header("Accept-Language", "en-GB,en;q=0.9,ja;q=0.5")
                .contentType("application/json")
                .body("{\"yjCode\":\"2456990F1312\",\"shipmentResponse\":1,\"effectiveDate\":\"2026-12-01\"}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("shipmentResponse"))
                .body("errors[0].detail", containsString("is not one of"));
    }

    @Test
    void trailingGarbageAndTwoObjectsAreNotOneBody() {
        for (String body : new String[] {"{\"yjCode\":\"2456990F1312\"} trailing", "{\"a\":1}{\"b\":2}"}) {
            TestReports.asManufacturer().contentType("application/json").body(body)
                    .when().post("/api/v1/status-changes")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", matchesPattern(JAPANESE));
        }
    }

    @Test
    void aBodyThatIsNotDeclaredAsJsonIsRefusedWith415() {
        String body = "{\"yjCode\":\"2456990F1312\",\"shipmentResponse\":\"NORMAL\",\"effectiveDate\":\"2026-12-01\"}";
        TestReports.asManufacturer().contentType("text/plain").body(body)
                .when().post("/api/v1/status-changes")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        TestReports.asManufacturer().body(body.getBytes())
                .when().post("/api/v1/status-changes")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/status-changes HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 60000000\r\n\r\n{")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The answer comes before the body is read; read its head, then as many bytes as it says it has.
            java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.readUnsignedByte());
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(head);
            org.junit.jupiter.api.Assertions.assertTrue(length.find(), head.toString());
            byte[] body = new byte[Integer.parseInt(length.group(1))];
            in.readFully(body);
            String answer = head + new String(body, java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("application/problem+json"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("\"field\":\"Content-Length\""), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("20 MiB"), answer);
        }
    }

    @Test
    void aMissingTokenIsRefusedInJapanese() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(401)
                .body("title", equalTo("認証が必要です"));
    }

    private static long history() {
        try {
            return TestDatabase.count("select count(*) from status_change");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
