package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * notification's notice workflow as the regulator's pages call it, answered from a few fixed notices: a draft that
 * was sent back with a comment, one in review whose approval the service refuses (its own drafter, four eyes), a
 * published one with its rates, and no other. A preview echoes the typed title in the printed layout, or refuses a
 * blank title; so does saving a draft. Started on a free port for the page tests that name it.
 */
public class FakeNotification implements QuarkusTestResourceLifecycleManager {

    static final String DRAFT = "11111111-1111-1111-1111-111111111111";
    static final String IN_REVIEW = "22222222-2222-2222-2222-222222222222";
    static final String PUBLISHED = "33333333-3333-3333-3333-333333333333";
    static final String UNKNOWN = "99999999-9999-9999-9999-999999999999";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.notification.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String base = "/api/v1/notices";
        if (method.equals("GET") && path.equals(base)) {
            send(x, 200, "application/json", query.contains("followsUp") ? "[]"
                    : query.contains("status=DRAFT") ? "[" + notice(DRAFT, "DRAFT", "咳止めの協力依頼（案）") + "]" : "[]");
        } else if (method.equals("POST") && path.equals(base + "/rendering")) {
            String title = title(body);
            if (title.contains("<")) {
                send(x, 400, "application/problem+json", problem(400, "title", "件名に使えない文字があります"));
            } else {
                send(x, 200, "text/html;charset=UTF-8", "<html><body><h1 class=\"title\">" + title + "</h1></body></html>");
            }
        } else if (method.equals("POST") && path.equals(base)) {
            if (title(body).isEmpty()) {
                send(x, 400, "application/problem+json", problem(400, "title", "件名を入力してください"));
            } else {
                send(x, 201, "application/json", notice(DRAFT, "DRAFT", title(body)));
            }
        } else if (path.startsWith(base + "/" + UNKNOWN)) {
            send(x, 404, "application/problem+json", problem(404, null, "お知らせ " + UNKNOWN + " はありません"));
        } else if (method.equals("POST") && path.endsWith("/approval")) {
            send(x, 409, "application/problem+json", problem(409, null, "お知らせの承認は作成者以外の方が行ってください"));
        } else if (method.equals("POST")) {
            send(x, 200, "application/json", notice(DRAFT, "DRAFT", "咳止めの協力依頼（案）"));
        } else if (path.endsWith("/rendering")) {
            send(x, 200, "text/html;charset=UTF-8", "<html><body><p class=\"label\">事　務　連　絡</p></body></html>");
        } else if (path.endsWith("/statistics")) {
            send(x, 200, "application/json", """
                    {"noticeId":"%s","status":"PUBLISHED","recipients":4,"delivered":4,"read":2,"acknowledged":1,
                     "deliveryRate":1.0,"acknowledgementRate":0.25,"emails":0}""".formatted(PUBLISHED));
        } else if (path.endsWith("/statistics/timeline")) {
            send(x, 200, "application/json", """
                    {"noticeId":"%s","status":"PUBLISHED","publishedAt":"2026-12-03T01:20:00Z","recipients":4,
                     "bucket":"HOUR","points":[{"at":"2026-12-03T01:00:00Z","delivered":4,"acknowledged":0},
                     {"at":"2026-12-03T02:00:00Z","delivered":4,"acknowledged":1}]}""".formatted(PUBLISHED));
        } else if (path.endsWith("/unacknowledged")) {
            send(x, 200, "application/json", """
                    {"items":[{"code":"1341234563","name":"みなと薬局","kind":"PHARMACY","prefectureCode":"13",
                     "deliveredAt":"2026-12-03T01:20:01Z"}],"page":1,"size":50,"totalItems":3,"totalPages":1}""");
        } else if (path.equals(base + "/" + IN_REVIEW)) {
            send(x, 200, "application/json", notice(IN_REVIEW, "IN_REVIEW", "去痰薬の協力依頼"));
        } else if (path.equals(base + "/" + PUBLISHED)) {
            send(x, 200, "application/json", notice(PUBLISHED, "PUBLISHED", "解熱鎮痛薬の協力依頼"));
        } else {
            send(x, 200, "application/json", notice(DRAFT, "DRAFT", "咳止めの協力依頼（案）"));
        }
    }

    static String notice(String id, String status, String title) {
        return """
                {"id":"%s","status":"%s","revision":1,%s"addressees":["各都道府県衛生主管部（局）御中"],
                 "addresseeOrganisations":["1341234563"],"targetFacilityKinds":["PHARMACY"],
                 "issuer":"厚生労働省医政局医薬産業振興・医療情報企画課","title":"%s","background":"需要が増加しています。",
                 "requests":["長期処方を控えること。"],"targetProducts":[{"yjCode":"2223001F1050","name":"メジコン錠15mg"}],
                 "consultationDesk":"医薬産業振興・医療情報企画課","followsUp":[],"draftedBy":"regulator",
                 %s"recipients":%s}""".formatted(id, status,
                status.equals("PUBLISHED") ? "\"issuedOn\":\"2026-12-03\",\"publishedAt\":\"2026-12-03T01:20:00Z\"," : "",
                title, status.equals("DRAFT") ? "\"reviewComment\":\"対象医薬品に去痰薬を加えてください\"," : "",
                status.equals("PUBLISHED") ? "4" : "null");
    }

    private static String title(String json) {
        int at = json.indexOf("\"title\":\"");
        return at < 0 ? "" : json.substring(at + 9, json.indexOf('"', at + 9));
    }

    private static String problem(int status, String field, String detail) {
        return "{\"status\":" + status + ",\"title\":\"refused\",\"detail\":\"" + detail + "\""
                + (field == null ? "" : ",\"errors\":[{\"field\":\"" + field + "\",\"detail\":\"" + detail + "\"}]") + "}";
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
