package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The three services as an operator's pages see them, answering from a small HTTP server on a free port: each service
 * under its own path ({@code /report}, {@code /allocation}, {@code /notification}), with canned answers and refusals
 * in the services' own shapes (problem+json naming the field, or the row and column of a file). Records each request
 * ({@link #REQUESTS}: method, path and query, the Authorization header's scheme, the body).
 */
public class FakeAdminServices implements QuarkusTestResourceLifecycleManager {

    /** A product registered at the report service; any other code is not. */
    static final String YJ = "2223001F1050";
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private static final String PROBLEM = "application/problem+json";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", FakeAdminServices::answer);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.report.url", base + "/report",
                "quarkus.rest-client.allocation.url", base + "/allocation",
                "quarkus.rest-client.notification.url", base + "/notification");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = x.getRequestHeaders().getFirst("Authorization");
        REQUESTS.add(method + " " + path + (query == null ? "" : "?" + query) + " "
                + (auth == null ? "-" : auth.split(" ")[0]) + " " + body);
        String service = path.split("/")[1];
        String api = path.substring(service.length() + 1);
        switch (method + " " + api) {
            case "GET /api/v1/audit/verification" -> send(x, 200, "application/json", switch (service) {
                case "report" -> "{\"intact\":true,\"rowsChecked\":2,\"rowsPending\":1}";
                case "allocation" -> "{\"intact\":false,\"rowsChecked\":9,\"firstBrokenId\":7,"
                        + "\"reason\":\"hash does not match the row's content\",\"rowsPending\":0}";
                default -> "{\"intact\":true,\"rowsChecked\":0,\"rowsPending\":0}";
            });
            case "GET /api/v1/audit" -> {
                if (service.equals("notification")) {
                    send(x, 403, PROBLEM, "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"admin only\"}");
                } else {
                    send(x, 200, "application/json", "[{\"id\":12,\"occurredAt\":\"2026-12-04T01:02:03Z\","
                            + "\"actor\":\"admin\",\"org\":\"ops\",\"action\":\"product.register\",\"target\":\""
                            + YJ + "\",\"sourceAddress\":\"10.0.0.1\",\"outcome\":\"SUCCESS\",\"chainSeq\":2},"
                            + "{\"id\":11,\"occurredAt\":\"2026-12-04T01:00:00Z\",\"actor\":\"manufacturer\","
                            + "\"action\":\"status.report\",\"outcome\":\"SUCCESS\",\"chainSeq\":1}]");
                }
            }
            case "GET /api/v1/dead-letters" -> send(x, 200, "application/json", !service.equals("report") ? "[]"
                    : "[{\"deadLetterTopic\":\"supply-status-dlq\",\"partition\":0,\"offset\":4,"
                            + "\"originalTopic\":\"supply-status\",\"key\":\"" + YJ + "\",\"eventType\":\"x.v1\","
                            + "\"reason\":\"not an event\",\"deadLetteredAt\":\"2026-12-04T01:00:00Z\","
                            + "\"redriven\":false}]");
            case "POST /api/v1/dead-letters/supply-status-dlq/redrive" -> send(x, 200, "application/json",
                    "{\"deadLetterTopic\":\"supply-status-dlq\",\"originalTopic\":\"supply-status\",\"redriven\":1}");
            case "GET /api/v1/products" -> send(x, 200, "application/json", "{\"items\":[{\"yjCode\":\"" + YJ
                    + "\",\"productName\":\"メジコン錠15mg\",\"ingredient\":\"デキストロメトルファン\","
                    + "\"manufacturerCode\":\"MFR001\",\"manufacturerName\":\"シオノギ\",\"productCategory\":\"BRAND\","
                    + "\"productCategoryLabel\":\"先発品\"}],\"page\":1,\"size\":50,\"totalItems\":1,\"totalPages\":1}");
            case "GET /api/v1/products/" + YJ -> send(x, 200, "application/json", "{\"yjCode\":\"" + YJ
                    + "\",\"productName\":\"メジコン錠15mg\",\"ingredient\":\"デキストロメトルファン\","
                    + "\"manufacturerCode\":\"MFR001\",\"drugCategory\":\"INTERNAL\",\"productCategory\":\"BRAND\","
                    + "\"gs1Codes\":[\"4987123456788\"],\"packSizes\":[]}");
            case "PUT /api/v1/products/" + YJ, "PUT /api/v1/products/1149019F1013" -> {
                if (body.contains("\"productName\"")) {
                    send(x, 200, "application/json", body);
                } else {
                    send(x, 400, PROBLEM, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"productName: 必須です\","
                            + "\"errors\":[{\"field\":\"productName\",\"pointer\":\"#/productName\",\"detail\":\"必須です\"}]}");
                }
            }
            case "POST /api/v1/facilities/bulk" -> {
                if (body.contains("BAD")) {
                    send(x, 400, PROBLEM, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"kind: 種別が違います\","
                            + "\"errors\":[{\"field\":\"facilities[line 3]\",\"pointer\":\"#/facilities[line 3]\","
                            + "\"detail\":\"kind: 種別が違います\",\"row\":3,\"column\":\"kind\"}]}");
                } else {
                    send(x, 200, "application/json", "{\"registered\":" + (body.split("\n").length - 1) + "}");
                }
            }
            default -> send(x, 404, PROBLEM, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"見つかりません\"}");
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
