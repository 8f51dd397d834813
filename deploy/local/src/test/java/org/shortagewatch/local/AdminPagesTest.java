package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalPagesTest.closedWithoutSignIn;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalPagesTest.pharmacyOfferedNo;
import static org.shortagewatch.local.PortalSystem.as;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.PostgresServer;

/**
 * The operator's pages as a browser receives them, rendered from the three services' real answers on the system of
 * {@link PortalSystem}, signed in as the admin through Keycloak's login page with a one-time code: the product master
 * searched, registered and refused beside its field; a facility list registered or refused by row and column (and
 * the refusal as CSV); every audit trail verified, and one broken for a moment; a dead letter listed and re-driven;
 * the pages closed without sign-in, not offered to a pharmacy and refused to it in each service's section. What needs
 * JavaScript is in {@link AdminJourneysTest}, in Chromium.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class AdminPagesTest {

    /** A product the admin registers through the form, and one whose registration the service refuses. */
    static final String REGISTERED = "3999201F1014";
    static final String REFUSED = "3999201F2010";
    /** A valid GTIN-13 (check digit 4). */
    static final String GS1 = "4987123456784";
    static final List<String> FACILITIES = List.of(FacilityCodes.withCheckDigit("134999201"),
            FacilityCodes.withCheckDigit("131999202"));

    private static LocalStack stack;
    private static PortalSession admin;

    @BeforeAll
    static void signIn() {
        stack = PortalSystem.stack();
        admin = new PortalSession(PortalSystem.portal());
        HttpResponse<String> home = admin.signIn(DemoRealm.ADMIN, "/login", stack.keycloak()::totpCode);
        assertTrue(home.uri().toString().endsWith("/admin"), () -> "the operator's home after sign-in: " + home.uri());
    }

    @Test
    void theOperatorsPagesAreClosedWithoutSignIn() {
        closedWithoutSignIn("/admin", "/admin/products", "/admin/facilities", "/admin/audit", "/admin/dead-letters");
    }

    @Test
    void theHomeAndTheMenuAreTheOperatorsOnly() {
        String page = page(admin.get("/admin"), 200);
        contains(page, "<title>運用管理 | Shortage Watch</title>", "<a href=\"/admin/audit\" >監査証跡</a>",
                "href=\"/admin/facilities\"");
        assertFalse(page.contains("href=\"/maker/products\""), "no manufacturer's menu");
        contains(page(admin.get("/admin", "en"), 200), "Audit trails");
    }

    @Test
    void aPharmacyIsNotOfferedTheOperatorsMenuAndEachServiceRefusesItInItsSection() {
        PortalSession pharmacy = pharmacyOfferedNo("/admin/audit\"");
        String page = page(pharmacy.get("/admin/audit"), 200);
        assertEquals(3, page.split("この操作の権限がありません", -1).length - 1, page);
        assertFalse(page.contains("data-state="), "no verdict for a pharmacy");
    }

    @Test
    void theCatalogueWithItsHoldersAndAProductsFormSavedOrRefusedBesideTheField() {
        String page = page(admin.get("/admin/products?manufacturer=" + DemoRealm.MANUFACTURER.org()), 200);
        contains(page, "MFR001 の品目", "href=\"/admin/products?manufacturer=MFR001\"",
                "href=\"/admin/products/" + PortalSystem.MEDICON + "\"");
        contains(page(admin.get("/admin/products/" + PortalSystem.MEDICON), 200), "品目マスタの訂正",
                "value=\"" + PortalSystem.MEDICON_NAME + "\"", "<option value=\"INTERNAL\" selected>内用薬</option>");

        HttpResponse<String> form = admin.get("/admin/products/new?yj=" + REGISTERED.toLowerCase());
        assertTrue(form.uri().toString().endsWith("/admin/products/" + REGISTERED), form.uri()::toString);
        contains(page(form, 200), "品目の登録");
        // a code typed with a blank and a "#" stays one code on its way to its form, and the service refuses it
        HttpResponse<String> typed = admin.get("/admin/products/new?yj=ab%20c%231");
        assertTrue(typed.uri().toString().endsWith("/admin/products/AB%20C%231"), typed.uri()::toString);
        contains(page(typed, 400), "2456001F1310 のような 12 文字の YJ コードにしてください");
        HttpResponse<String> saved = admin.post("/admin/products/" + REGISTERED, Map.of("manufacturerCode", "mfr001",
                "manufacturerName", PortalSystem.makerName(DemoRealm.MANUFACTURER), "productName", "管理確認錠10mg",
                "ingredient", "管理確認成分", "drugCategory", "INTERNAL", "productCategory", "BRAND",
                "gs1Codes", GS1 + "\n\n", "registered", "false"));
        assertTrue(saved.uri().toString().endsWith("/admin/products/" + REGISTERED + "?saved=true"),
                saved.uri()::toString);
        contains(page(saved, 200), "品目マスタの訂正", "value=\"管理確認錠10mg\"", ">" + GS1 + "</textarea>");
        as(DemoRealm.ADMIN, LocalStack.MANUFACTURER_REPORT).get("/api/v1/products/{yj}", REGISTERED).then()
                .statusCode(200).body("manufacturerCode", org.hamcrest.Matchers.equalTo("MFR001"))
                .body("basicDrug", org.hamcrest.Matchers.equalTo(false))
                .body("gs1Codes", org.hamcrest.Matchers.contains(GS1));

        page = page(admin.post("/admin/products/" + REFUSED, Map.of("manufacturerCode", "mfr001",
                "ingredient", "管理確認成分", "registered", "false")), 400);
        contains(page, "保存できませんでした", "id=\"err-productName\"", "aria-invalid=\"true\"", "value=\"MFR001\"",
                "品目の登録");
        as(DemoRealm.ADMIN, LocalStack.MANUFACTURER_REPORT).get("/api/v1/products/{yj}", REFUSED).then()
                .statusCode(404);
    }

    @Test
    void aFacilityListRegisteredOrRefusedNamingRowAndColumnAlsoAsCsv() {
        byte[] good = ("code,kind,name\n" + FACILITIES.get(0) + ",PHARMACY,管理確認薬局\n").getBytes(StandardCharsets.UTF_8);
        contains(page(admin.upload("/admin/facilities", Map.of(), "file", "facilities.csv", "text/csv", good), 200),
                "1 施設を登録・更新しました（facilities.csv）");
        byte[] bad = ("code,kind,name\n" + FACILITIES.get(0) + ",PHARMACY,管理確認薬局\n" + FACILITIES.get(1)
                + ",BAD,管理確認病院\n").getBytes(StandardCharsets.UTF_8);
        contains(page(admin.upload("/admin/facilities", Map.of(), "file", "bad.csv", "text/csv", bad), 400),
                "誤りのある箇所が 1 か所あったため", "id=\"row-error-table\"", "<th scope=\"row\" class=\"num\">3</th><td>kind</td>",
                "action=\"/uploads/errors.csv\"");
        // on a page in English, the service's own detail of the cell comes in English too (the page's language is
        // sent with the call)
        String english = as(DemoRealm.ADMIN, LocalStack.NOTIFICATION).header("Accept-Language", "en")
                .contentType("text/csv").body(bad).post("/api/v1/facilities/bulk").then().statusCode(400).extract()
                .path("errors[0].detail");
        contains(page(admin.upload("/admin/facilities?lang=en", Map.of(), "file", "bad.csv", "text/csv", bad), 400),
                "id=\"row-error-table\"", "<td>kind</td>", english);
        as(DemoRealm.ADMIN, LocalStack.NOTIFICATION).get("/api/v1/facilities/{code}", FACILITIES.get(1)).then()
                .statusCode(404);
        contains(page(admin.upload("/admin/facilities", Map.of(), "file", "facilities.pdf", "application/pdf",
                new byte[] {1}), 415), "CSV（.csv）か Excel（.xlsx）");
        String csv = page(admin.post("/uploads/errors.csv", Map.of("row", "3", "column", "kind",
                "detail", "=種別")), 200);
        assertTrue(csv.startsWith("\uFEFF行,列,内容\r\n3,kind,'=種別\r\n"), csv);
    }

    @Test
    void theAuditTrailsSayEachChainsVerdictPlainlyAndABrokenOneWhereItBreaks() throws SQLException {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(3,
                page(admin.get("/admin/audit"), 200).split("data-state=\"VERIFIED\"", -1).length - 1));
        contains(page(admin.get("/admin/audit"), 200), "検証済み：第 ", "すべての記録の連鎖が正しくつながっています。",
                "対応は不要です");
        String page = page(admin.get("/admin/audit/report?limit=2"), 200);
        contains(page, "value=\"2\"");
        assertTrue((page.contains("<td>成功</td>") || page.contains("<td>拒否</td>")) && !page.contains("<td>SUCCESS</td>")
                && !page.contains("<td>DENIED</td>"), "outcomes in words: " + page);
        assertTrue(Pattern.compile("href=\"/admin/audit/report\\?limit=2&amp;beforeId=[0-9]+\"").matcher(page).find(),
                page);
        page(admin.get("/admin/audit/nowhere"), 404);

        // allocation's first linked row changed behind the service's back, as only a superuser can, and put back
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(LocalStack.WHOLESALER_ALLOCATION),
                PostgresServer.USER, PostgresServer.PASSWORD)) {
            long id;
            String actor;
            try (Statement s = db.createStatement(); ResultSet row = s.executeQuery(
                    "select id, actor from audit_log where chain_seq is not null order by chain_seq limit 1")) {
                assertTrue(row.next(), "allocation has a chain");
                id = row.getLong("id");
                actor = row.getString("actor");
            }
            setActor(db, id, actor + " (altered)");
            try {
                page = page(admin.get("/admin/audit"), 200);
                contains(page, "連鎖が切れています：記録 ID " + id + " で検証に失敗しました。",
                        "サービスの判定：hash does not match the row&#39;s content", "セキュリティ担当者に報告してください");
                assertEquals(2, page.split("data-state=\"VERIFIED\"", -1).length - 1, "the others verified");
            } finally {
                setActor(db, id, actor);
            }
        }
        as(DemoRealm.ADMIN, LocalStack.WHOLESALER_ALLOCATION).get("/api/v1/audit/verification").then()
                .statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));
    }

    /** Changes an audit row's actor with the triggers off (session_replication_role needs a superuser). */
    private static void setActor(Connection db, long id, String actor) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement();
                PreparedStatement update = db.prepareStatement("update audit_log set actor = ? where id = ?")) {
            s.execute("set local session_replication_role = replica");
            update.setString(1, actor);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    @Test
    void aRecordThatIsNoEventIsListedWithItsReasonAndReDriven() throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("supply-status", "admin-pages", "not an event")).get();
        }
        String topic = "supply-status-dlq-notification";
        String redrive = "/admin/dead-letters/notification/" + topic + "/redrive";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                contains(page(admin.get("/admin/dead-letters"), 200), topic, "admin-pages", "action=\"" + redrive + "\""));
        contains(page(admin.get("/admin/dead-letters"), 200), "配信不能メッセージはありません。");

        HttpResponse<String> done = admin.post(redrive, Map.of());
        Matcher count = Pattern.compile("/admin/dead-letters\\?redriven=([1-9][0-9]*)&topic=" + topic + "$")
                .matcher(done.uri().toString());
        assertTrue(count.find(), done.uri()::toString);
        contains(page(done, 200), topic + " の " + count.group(1) + " 件を再投入しました。");
        page(admin.post("/admin/dead-letters/report/no-such-dlq/redrive", Map.of()), 404);
    }
}
