package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for manufacturer-report and notification with canned answers in their shapes, so the pages' templates
 * are rendered with real data in the portal's tests (the real services are exercised by the browser journeys of
 * the local run). Anything else is answered 404 problem+json, like the services do.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    static final String YJ = "2233002R2020";
    static final String ALT = "2233002R2039";
    /** Registered, never reported: its alternatives answer, its status 404 (as manufacturer-report does). */
    static final String UNREPORTED = "2233002R3026";
    static final String NOTICE = "0193a5f0-0000-7000-8000-000000000001";

    static final String STATUS = """
            {"id":7,"yjCode":"%s","revision":2,"shipmentResponse":"LIMITED_OWN_REASONS",
             "shipmentResponseLabel":"限定出荷（自社の事情）","reason":"MANUFACTURING_TROUBLE","reasonLabel":"製造トラブル",
             "effectiveDate":"2026-12-01","reportedAt":"2026-11-25T06:00:00Z","reportedBy":"MFR001",
             "resolutionOutlook":"YES","resolutionOutlookLabel":"あり","expectedResolutionDate":"2027-03-31",
             "shipmentVolume":"B","shipmentVolumeLetter":"B","shipmentVolumeLabel":"出荷量減少"}""".formatted(YJ);

    static final String PRODUCT = """
            {"yjCode":"%s","productName":"カルボシステインシロップ5%%「テスト」","ingredient":"カルボシステイン",
             "strengthUnit":"5%%1mL","productCategory":"GENERIC","productCategoryLabel":"後発品",
             "manufacturerCode":"MFR001","manufacturerName":"テスト製薬","ingredientKey":"2233002",
             "status":%s}""".formatted(YJ, STATUS);

    static final String ALTERNATIVE = """
            {"yjCode":"%s","productName":"カルボシステインシロップ5%%「別社」","ingredient":"カルボシステイン",
             "strengthUnit":"5%%1mL","manufacturerName":"別社製薬",
             "status":{"id":3,"yjCode":"%s","revision":1,"shipmentResponse":"NORMAL","shipmentResponseLabel":"通常出荷",
              "effectiveDate":"2026-10-01","reportedAt":"2026-10-01T00:00:00Z"}}""".formatted(ALT, ALT);

    static final String FACILITY = "1341234563";
    static final String SUBSCRIPTION = "0193a5f0-0000-7000-8000-0000000000a1";

    /** The Authorization header of the last call of notification's facility, subscription and inbox paths. */
    static volatile String lastAuthorization;

    static final Map<String, String> SIGNED_IN = Map.of(
            "/api/v1/facilities/" + FACILITY, """
                    {"code":"%s","kind":"PHARMACY","kindLabel":"薬局","prefectureCode":"13","name":"さくら薬局 本店",
                     "email":"info@sakura.example.jp","quietStart":"22:00:00","quietEnd":"07:00:00","digest":false}"""
                    .formatted(FACILITY),
            "/api/v1/subscriptions", """
                    [{"id":"%s","facilityCode":"%s","kind":"INGREDIENT","target":"2233002","channels":["INBOX","SSE"],
                      "minSeverity":"MEDIUM","active":true,"createdAt":"2026-12-01T00:00:00Z"}]"""
                    .formatted(SUBSCRIPTION, FACILITY),
            "/api/v1/inbox/" + FACILITY, """
                    [{"id":"0193a5f0-0000-7000-8000-0000000000b1","causeId":"0193a5f0-0000-7000-8000-0000000000c1",
                      "position":7,"kind":"SUPPLY_STATUS","severity":"HIGH","subject":"【高】%s / [HIGH] %s",
                      "bodyText":"両方の言語","createdAt":"2026-12-04T01:00:00Z",
                      "payload":{"type":"supply-status.changed","data":{"yjCode":"%s","shipmentResponse":"STOPPED",
                       "messageJa":"%s の出荷対応の状況が「供給停止」になります。","messageEn":"Shipment of %s stops."}}},
                     {"id":"0193a5f0-0000-7000-8000-0000000000b2","causeId":"%s","position":5,"kind":"NOTICE",
                      "severity":"HIGH","subject":"事務連絡","createdAt":"2026-12-03T01:00:00Z",
                      "readAt":"2026-12-03T02:00:00Z",
                      "payload":{"type":"notice.published","data":{"noticeId":"%s","title":"鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼",
                       "messageJa":"事務連絡が発出されました。","messageEn":"A notice was issued."}}}]"""
                    .formatted(YJ, YJ, YJ, YJ, YJ, NOTICE, NOTICE));

    static final Map<String, String> ANSWERS = Map.of(
            "/api/v1/products", """
                    {"items":[%s,%s],"page":1,"size":20,"totalItems":2,"totalPages":1}""".formatted(PRODUCT, ALTERNATIVE),
            "/api/v1/products/" + YJ + "/status", """
                    {"yjCode":"%s","asOf":"2026-12-04","current":%s,"upcoming":[],"history":[%s,
                     {"id":1,"yjCode":"%s","revision":1,"shipmentResponse":"NORMAL","shipmentResponseLabel":"通常出荷",
                      "effectiveDate":"2026-04-01","reportedAt":"2026-04-01T00:00:00Z"}]}"""
                    .formatted(YJ, STATUS, STATUS, YJ),
            "/api/v1/products/" + YJ + "/alternatives", """
                    {"product":%s,"asOf":"2026-12-04","sameIngredientFormStrength":[%s],"sameIngredient":[]}"""
                    .formatted(PRODUCT, ALTERNATIVE),
            "/api/v1/products/" + UNREPORTED + "/alternatives", """
                    {"product":{"yjCode":"%s","productName":"カルボシステイン錠250mg「新規」","ingredient":"カルボシステイン",
                     "manufacturerName":"テスト製薬","ingredientKey":"2233002"},"asOf":"2026-12-04",
                     "sameIngredientFormStrength":[],"sameIngredient":[%s]}""".formatted(UNREPORTED, ALTERNATIVE),
            "/api/v1/aggregates", """
                    {"asOf":"2023-11-30","total":17470,"byShipmentResponse":[
                      {"shipmentResponse":"NORMAL","label":"通常出荷","products":13199},
                      {"shipmentResponse":"LIMITED_OWN_REASONS","label":"限定出荷（自社の事情）","products":604},
                      {"shipmentResponse":"LIMITED_OTHER_COMPANY","label":"限定出荷（他社品の影響）","products":1491},
                      {"shipmentResponse":"LIMITED_OTHER","label":"限定出荷（その他）","products":164},
                      {"shipmentResponse":"STOPPED","label":"供給停止","products":2012}],
                     "byProductCategory":[
                      {"productCategory":"BRAND","label":"先発品","limitedOwnReasons":43,"limitedOtherCompany":43,"limitedOther":21,"limitedTotal":107,"stopped":90},
                      {"productCategory":"GENERIC","label":"後発品","limitedOwnReasons":377,"limitedOtherCompany":1135,"limitedOther":76,"limitedTotal":1588,"stopped":1547}],
                     "productCategoryTotal":{"productCategory":null,"label":"合計","limitedOwnReasons":420,"limitedOtherCompany":1178,"limitedOther":97,"limitedTotal":1695,"stopped":1637}}""",
            "/api/v1/notices", """
                    [{"id":"%s","status":"PUBLISHED","revision":1,"issuedOn":"2023-09-29","issuedOnJapanese":"令和5年9月29日",
                      "addressees":["各都道府県衛生主管部（局）御中"],"issuer":"厚生労働省医政局医薬産業振興・医療情報企画課",
                      "title":"鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼","background":"需要が増加しています。",
                      "requests":["初診時からの長期処方を控えること。"],"targetProducts":[{"yjCode":"%s","name":"カルボシステインシロップ"}],
                      "consultationDesk":"電話 03-5253-1111","followsUp":[]}]""".formatted(NOTICE, YJ));

    HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String body = ANSWERS.get(path);
            if (path.equals("/realms/test/.well-known/openid-configuration")) {
                // just enough of an identity provider's discovery document for the portal to send users to it
                body = """
                        {"issuer":"%1$s/realms/test","authorization_endpoint":"%1$s/realms/test/auth",
                         "token_endpoint":"%1$s/realms/test/token","jwks_uri":"%1$s/realms/test/certs",
                         "end_session_endpoint":"%1$s/realms/test/logout"}""".formatted(base);
            } else if (path.equals("/realms/test/certs")) {
                body = "{\"keys\":[]}";
            }
            if (SIGNED_IN.containsKey(path)) {
                lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                body = SIGNED_IN.get(path);
            }
            if (body == null && path.equals("/api/v1/notices/" + NOTICE)) {
                String list = ANSWERS.get("/api/v1/notices");
                body = list.substring(list.indexOf('{'), list.lastIndexOf('}') + 1);
            }
            int status = body == null ? 404 : 200;
            if (body == null && path.startsWith("/api/v1/facilities/")) {
                // notification refuses another facility, as the real one does
                status = 403;
                body = "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"a facility reads its own only\"}";
            } else if (body == null) {
                body = "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"no such thing\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.report.url", url, "quarkus.rest-client.notification.url", url,
                // a port nothing listens on: the allocation service is "down"
                "quarkus.rest-client.allocation.url", "http://127.0.0.1:9");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
