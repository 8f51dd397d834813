package org.shortagewatch.report.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Headers the service will not read, sent as raw bytes (an HTTP client would refuse to send most of them): a header
 * section over 20 KiB is a 431 problem+json naming its largest header; what the HTTP codec refuses itself (a header
 * section beyond its 64 KiB, a lone CR or LF in a header line) gets the codec's bare status, which no application
 * code can answer in Quarkus 3.34.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class HeaderRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BIG = "X-Big: " + "a".repeat(20 * 1024) + "\r\n";

    @Test
    void aHeaderSectionOver20KibIsRefusedNamingItsLargestHeaderInJapanese() throws IOException {
        Answer answer = send("GET /api/v1/status-changes HTTP/1.1\r\nHost: localhost\r\n" + BIG + "\r\n");
        assertEquals(431, answer.status(), answer.text());
        assertEquals("application/problem+json", answer.header("content-type"), answer.text());
        assertEquals("ja", answer.header("content-language"), answer.text());
        assertEquals("nosniff", answer.header("x-content-type-options"), answer.text());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(431, problem.path("status").asInt());
        assertEquals("リクエストヘッダーが大きすぎます", problem.path("title").asText());
        assertTrue(problem.path("detail").asText().contains("X-Big"), answer.text());
        assertEquals("X-Big", problem.path("errors").path(0).path("field").asText(), answer.text());
        assertTrue(problem.path("errors").path(0).path("detail").asText().startsWith("大きすぎます"), answer.text());
    }

    @Test
    void aHeaderSectionOver20KibIsRefusedInEnglishOnRequest() throws IOException {
        Answer answer = send("GET /api/v1/status-changes HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + BIG + "\r\n");
        assertEquals(431, answer.status(), answer.text());
        assertEquals("application/problem+json", answer.header("content-type"), answer.text());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals("Request Header Fields Too Large", problem.path("title").asText());
        assertEquals("https://shortagewatch.org/problems/request-header-fields-too-large",
                problem.path("type").asText());
        assertEquals("X-Big", problem.path("errors").path(0).path("field").asText(), answer.text());
        assertTrue(problem.path("errors").path(0).path("detail").asText().startsWith("too large"), answer.text());
    }

    @Test
    void aHeaderSectionBeyondTheCodecsLimitIsStill431() throws IOException {
        Answer answer = send("GET /api/v1/status-changes HTTP/1.1\r\nHost: localhost\r\nX-Huge: "
                + "a".repeat(70 * 1024) + "\r\n\r\n");
        assertEquals(431, answer.status(), answer.text());
    }

    @Test
    void aLoneCarriageReturnInAHeaderValueIsABadRequest() throws IOException {
        Answer answer = send("GET /api/v1/status-changes HTTP/1.1\r\nHost: localhost\r\nX-Note: ab\rcd\r\n\r\n");
        assertEquals(400, answer.status(), answer.text());
    }

    @Test
    void aLoneLineFeedInAHeaderValueIsABadRequest() throws IOException {
        Answer answer = send("GET /api/v1/status-changes HTTP/1.1\r\nHost: localhost\r\nX-Note: ab\ncd\r\n\r\n");
        assertEquals(400, answer.status(), answer.text());
    }

    /** An answer read up to the length it declares (or the connection's end). */
    private record Answer(int status, String head, String body) {

        String header(String name) {
            Matcher value = Pattern.compile("(?im)^" + name + ": *([^\\r;]*)").matcher(head);
            return value.find() ? value.group(1).trim().toLowerCase(Locale.ROOT) : null;
        }

        String text() {
            return head + body;
        }
    }

    private static Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                head.append((char) next);
            }
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(head);
            assertTrue(status.find(), "no HTTP answer: " + head);
            Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(head);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (length.find()) {
                body.write(in.readNBytes(Integer.parseInt(length.group(1))));
            } else {
                in.transferTo(body);
            }
            return new Answer(Integer.parseInt(status.group(1)), head.toString(),
                    body.toString(StandardCharsets.UTF_8));
        }
    }
}
