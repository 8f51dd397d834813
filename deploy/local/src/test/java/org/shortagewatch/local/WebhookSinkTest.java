package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSinkTest {

    /** The Standard Webhooks reference vector: a message the sink checks against its secret. */
    static final StandardWebhookVerifierTest.Signed SPEC = StandardWebhookVerifierTest.SPEC;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    final List<String> notices = new CopyOnWriteArrayList<>();
    WebhookSink sink;

    @BeforeEach
    void start() throws Exception {
        sink = WebhookSink.start(0, notices::add);
    }

    @AfterEach
    void stop() {
        sink.close();
    }

    @Test
    void keepsDeliveriesAndListsThemWithSignatureChecks() throws Exception {
        assertEquals(204, post("pharmacy-a", SPEC.id(), SPEC.signature(), SPEC.body()).statusCode());
        assertEquals(204, post("pharmacy-a", "msg_2", SPEC.signature(), "not json").statusCode());
        assertEquals(204, post("pharmacy-b", SPEC.id(), SPEC.signature(), SPEC.body()).statusCode());

        HttpResponse<String> plain = get(sink.url("pharmacy-a"));
        assertEquals(200, plain.statusCode());
        JsonNode list = json.readTree(plain.body());
        assertEquals(2, list.size());
        JsonNode first = list.get(0);
        assertEquals(SPEC.id(), first.get("id").asText());
        assertEquals(SPEC.timestamp(), first.get("timestamp").asText());
        assertEquals(SPEC.signature(), first.get("signature").asText());
        assertEquals(2432232314L, first.get("body").get("test").asLong()); // parsed JSON
        assertTrue(first.hasNonNull("receivedAt"));
        assertFalse(first.has("signatureValid"));
        assertEquals("not json", list.get(1).get("body").asText()); // kept as a string

        String query = "?secret=" + URLEncoder.encode(SPEC.secret(), StandardCharsets.UTF_8);
        JsonNode checked = json.readTree(get(URI.create(sink.url("pharmacy-a") + query)).body());
        assertTrue(checked.get(0).get("signatureValid").asBoolean());
        assertFalse(checked.get(1).get("signatureValid").asBoolean()); // other id and body

        assertEquals(1, sink.deliveries("pharmacy-b").size());
        assertEquals(2, json.readTree(get(sink.url()).body()).get("pharmacy-a").asInt());
        assertEquals(3, notices.size());
        assertTrue(notices.get(0).contains("pharmacy-a") && notices.get(0).contains(SPEC.id()), notices.get(0));
    }

    @Test
    void acceptsAnUnencodedSecretInTheQuery() throws Exception {
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xfb, (byte) 0xef, 1});
        assertTrue(secret.contains("+")); // a '+' that form decoding would turn into a space
        post("h", SPEC.id(), "v1,x", SPEC.body());
        HttpResponse<String> response = get(URI.create(sink.url("h") + "?secret=" + secret));
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(json.readTree(response.body()).get(0).get("signatureValid").asBoolean());
        assertEquals(400, get(URI.create(sink.url("h") + "?secret=whsec_not*base64")).statusCode());
    }

    @Test
    void keepsTheLastHundredPerName() throws Exception {
        for (int i = 0; i < WebhookSink.KEPT_PER_NAME + 5; i++) {
            post("busy", "msg_" + i, SPEC.signature(), "{\"n\": " + i + "}");
        }
        List<WebhookSink.Delivery> kept = sink.awaitDeliveries("busy", WebhookSink.KEPT_PER_NAME, Duration.ofSeconds(5));
        assertEquals(WebhookSink.KEPT_PER_NAME, kept.size());
        assertEquals("msg_5", kept.get(0).id());
        assertEquals("msg_104", kept.get(kept.size() - 1).id());
    }

    @Test
    void answersUnknownPathsAndMethods() throws Exception {
        assertEquals(200, get(sink.url("nobody")).statusCode());
        assertEquals("[ ]", get(sink.url("nobody")).body());
        assertEquals(404, get(URI.create(sink.url() + "/a/b")).statusCode());
        HttpRequest delete = HttpRequest.newBuilder(sink.url("x")).DELETE().build();
        assertEquals(405, http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private HttpResponse<String> post(String name, String id, String signature, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sink.url(name))
                .header("content-type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", SPEC.timestamp())
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
