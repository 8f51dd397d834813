package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * wholesaler-allocation (and manufacturer-report's catalogue) as a wholesaler's pages see them, answered by a small
 * HTTP server in the test JVM: WHS001's data, its refusals as the service words them (a file with a bad cell, a supply
 * without a number), and every other wholesaler refused (403) as the service refuses them.
 */
public class WholesalerServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String WHOLESALER = "WHS001";
    static final String YJ = "2223001F1050";
    static final String INGREDIENT = "2223001";
    static final String FACILITY = "1311234569";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.allocation.url", url, "quarkus.rest-client.report.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        if (path.equals("/api/v1/products")) {
            send(exchange, 200, "application/json", """
                    {"items":[{"yjCode":"%s","productName":"メジコン錠15mg","ingredient":"デキストロメトルファン臭化水素酸塩水和物"}],
                     "page":1,"size":1,"totalItems":1,"totalPages":1}""".formatted(YJ));
        } else if (path.startsWith("/api/v1/wholesalers/") && !path.startsWith("/api/v1/wholesalers/" + WHOLESALER + "/")
                || path.equals("/api/v1/ingredients/9999999/prefectures")) {
            send(exchange, 403, "application/problem+json", """
                    {"title":"Forbidden","status":403,"detail":"自社の分しか扱えません（WHS999 は対象外）"}""");
        } else if (method.equals("POST") && path.endsWith("/orders") && body.contains("bad")) {
            send(exchange, 400, "application/problem+json", """
                    {"title":"Bad Request","status":400,"detail":"ファイルに誤りがあります",
                     "errors":[{"field":"facilityCode","pointer":"#cell=3,2","row":3,"column":"facilityCode",
                       "detail":"3 行目、2 列目（facilityCode）: 医療機関コードの検査数字が合いません"},
                      {"field":"units","pointer":"#cell=4,6","row":4,"column":"units",
                       "detail":"4 行目、6 列目（units）: 1 以上にしてください"}]}""");
        } else if (method.equals("POST")) {
            send(exchange, 200, "application/json", """
                    {"kind":"ORDER","wholesalerCode":"WHS001","records":2,"ingredients":["%s"],"recomputed":["%s"]}"""
                    .formatted(INGREDIENT, INGREDIENT));
        } else if (method.equals("PUT") && body.contains("\"supplyUnits\":\"")) {
            send(exchange, 400, "application/problem+json", """
                    {"title":"Bad Request","status":400,"detail":"supplyUnits: 数値で指定してください",
                     "errors":[{"field":"supplyUnits","pointer":"#/supplyUnits","detail":"数値で指定してください"}]}""");
        } else if (method.equals("PUT")) {
            send(exchange, 200, "application/json", """
                    {"kind":"SUPPLY","wholesalerCode":"WHS001","records":1,"ingredients":["%s"],"recomputed":[]}"""
                    .formatted(INGREDIENT));
        } else if (path.endsWith("/allocations")) {
            LocalDate today = LocalDate.now();
            send(exchange, 200, "application/json", """
                    [{"yjCode":"%1$s","wholesalerCode":"WHS001","facilityCode":"%2$s","prefectureCode":"13",
                      "revision":2,"periodStart":"%3$s","periodEnd":"%4$s","policy":"PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR",
                      "baselineUnits":900,"floorUnits":120,"quotaUnits":640,"usedUnits":200,"remainingUnits":440,
                      "newCustomer":false,"computedAt":"2026-12-01T09:00:00+09:00"},
                     {"yjCode":"%1$s","wholesalerCode":"WHS001","facilityCode":"1341234563","prefectureCode":"13",
                      "revision":2,"periodStart":"%3$s","periodEnd":"%4$s","policy":"PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR",
                      "baselineUnits":0,"floorUnits":60,"quotaUnits":60,"usedUnits":0,"remainingUnits":60,
                      "newCustomer":true,"computedAt":"2026-12-01T09:00:00+09:00"}]"""
                    .formatted(YJ, FACILITY, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1).minusDays(1)));
        } else if (path.endsWith("/findings")) {
            send(exchange, 200, "application/json", """
                    [{"findingId":"6f1c0d1e-0000-4000-8000-000000000002","revision":1,"rule":"DUPLICATE_ORDERING",
                      "status":"OPEN","ingredientKey":"%1$s","yjCode":"%2$s","prefectureCode":"13",
                      "facilityCodes":["%3$s"],"wholesalerCodes":["WHS001","WHS002"],"periodStart":"2026-11-04",
                      "periodEnd":"2026-12-01","summaryJa":"重複発注の要約","summaryEn":"duplicate summary",
                      "evidence":{},"detectedAt":"2026-11-30T01:00:00Z"},
                     {"findingId":"6f1c0d1e-0000-4000-8000-000000000001","revision":1,"rule":"ORDER_SURGE",
                      "status":"OPEN","ingredientKey":"%1$s","yjCode":"%2$s","prefectureCode":"13",
                      "facilityCodes":["%3$s"],"wholesalerCodes":["WHS001"],"periodStart":"2026-11-04",
                      "periodEnd":"2026-12-01","summaryJa":"発注急増の要約","summaryEn":"surge summary",
                      "evidence":{"expectedUnits":280.0,"threshold":1.1,"orderedUnits":350,"ratio":1.25},
                      "detectedAt":"2026-12-01T01:00:00Z"},
                     {"findingId":"6f1c0d1e-0000-4000-8000-000000000003","revision":1,"rule":"CANNOT_OBTAIN_CLUSTER",
                      "status":"OPEN","ingredientKey":"1149019","prefectureCode":"47","facilityCodes":[],
                      "wholesalerCodes":["WHS001"],"periodStart":"2026-11-18","periodEnd":"2026-12-01",
                      "summaryJa":"入手困難の要約","summaryEn":"cluster summary","evidence":{},
                      "detectedAt":"2026-11-01T01:00:00Z"}]""".formatted(INGREDIENT, YJ, FACILITY));
        } else if (path.equals("/api/v1/ingredients/" + INGREDIENT + "/prefectures")) {
            send(exchange, 200, "application/json", """
                    {"ingredientKey":"%1$s","asOf":"2026-12-01","consumptionFrom":"2026-11-04","consumptionTo":"2026-12-01",
                     "prefectures":{"13":{"code":"13","nameJa":"東京都","stockUnits":100,"shippedUnits":560,"daysOfSupply":5.0,
                       "openFindings":[{"findingId":"6f1c0d1e-0000-4000-8000-000000000001","rule":"ORDER_SURGE",
                         "prefectureCode":"13","yjCode":"%2$s","facilityCount":1}]},
                      "27":{"code":"27","nameJa":"大阪府","stockUnits":6500,"shippedUnits":2800,"daysOfSupply":65.0,"openFindings":[]}},
                     "nationwide":[]}""".formatted(INGREDIENT, YJ));
        } else {
            send(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
