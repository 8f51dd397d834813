package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.infra.TopicReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The product master, searches, alternatives and the state on any past day. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class ProductResourceTest {

    static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).contentType(ContentType.JSON);
    }

    static void put(String yj, String manufacturer, String ingredient, String category, String security,
            boolean basic) {
        admin().body("""
                {"manufacturerCode":"%s","manufacturerName":"%s製薬","productName":"%s錠","ingredient":"%s",
                 "strengthUnit":"10mg1錠","drugCategory":"INTERNAL","productCategory":"%s",
                 "supplySecurityClass":"%s","basicDrug":%s,"gs1Codes":["4987123456784"],"packSizes":["100錠(PTP)"]}"""
                .formatted(manufacturer, manufacturer, ingredient, ingredient, category, security, basic))
                .when().put("/api/v1/products/{yj}", yj).then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(200), equalTo(201)));
    }

    static void report(String yj, String manufacturer, String response, String reason, String effective) {
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, manufacturer))
                .contentType(ContentType.JSON)
                .body("{\"yjCode\":\"%s\",\"shipmentResponse\":\"%s\",%s\"effectiveDate\":\"%s\"}".formatted(yj,
                        response, reason == null ? "" : "\"reason\":\"" + reason + "\",", effective))
                .when().post("/api/v1/status-changes").then().statusCode(201);
    }

    @Test
    void theMasterRecordKeepsEveryFieldAndDerivesTheIngredientKeys() {
        put("5111001F1014", "MFR501", "検索成分甲", "BRAND", "A", true);
        given().get("/api/v1/products/5111001F1014").then().statusCode(200)
                .body("productName", equalTo("検索成分甲錠"))
                .body("productCategoryLabel", equalTo("先発品"))
                .body("drugCategoryLabel", equalTo("内用薬"))
                .body("supplySecurityClass", equalTo("A"))
                .body("basicDrug", equalTo(true))
                .body("gs1Codes", contains("4987123456784"))
                .body("packSizes", contains("100錠(PTP)"))
                .body("therapeuticClass", equalTo("5111"))
                .body("ingredientKey", equalTo("5111001"))
                .body("ingredientFormStrengthKey", equalTo("5111001F1"))
                .body("status", nullValue());
    }

    @Test
    void everyChangeOfTheMasterRecordIsPublishedWithItsVersion() {
        put("5115001F1013", "MFR531", "公開成分", "GENERIC", "C", false);
        put("5115001F1013", "MFR531", "公開成分", "GENERIC", "B", true);
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<ProductChanged> events = TopicReader.read(bootstrap, ProductChanged.TOPIC, Duration.ofSeconds(20),
                records -> records.stream().filter(r -> "5115001F1013".equals(r.key())).count() > 2)
                .stream().filter(r -> "5115001F1013".equals(r.key()))
                .map(r -> EventJson.read(r.value(), ProductChanged.class)).toList();
        assertEquals(List.of(1L, 2L), events.stream().map(ProductChanged::version).toList());
        assertEquals(SupplySecurityClass.B, events.get(1).product().supplySecurityClass());
        assertEquals(true, events.get(1).product().basicDrug());
        assertEquals("MFR531", events.get(1).product().manufacturerCode());
        assertEquals(List.of("4987123456784"), events.get(1).product().gs1Codes());
    }

    static Stream<Arguments> badProducts() {
        String ok = "\"manufacturerCode\":\"MFR501\",\"productName\":\"x\",\"ingredient\":\"x\",\"drugCategory\":\"INTERNAL\"";
        return Stream.of(
                Arguments.of("no product category", "{" + ok + "}", "productCategory"),
                Arguments.of("unknown drug category", "{\"manufacturerCode\":\"MFR501\",\"productName\":\"x\","
                        + "\"ingredient\":\"x\",\"drugCategory\":\"ORAL\",\"productCategory\":\"BRAND\"}", "drugCategory"),
                Arguments.of("no name", "{\"manufacturerCode\":\"MFR501\",\"ingredient\":\"x\","
                        + "\"drugCategory\":\"INTERNAL\",\"productCategory\":\"BRAND\"}", "productName"),
                Arguments.of("bad GS1 check digit", "{" + ok + ",\"productCategory\":\"BRAND\","
                        + "\"gs1Codes\":[\"4987123456781\"]}", "gs1Codes[0]"),
                Arguments.of("unknown security class", "{" + ok + ",\"productCategory\":\"BRAND\","
                        + "\"supplySecurityClass\":\"D\"}", "supplySecurityClass"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProducts")
    void badProductsAreRefusedNamingTheFieldAndStoreNothing(String why, String body, String field) throws Exception {
        admin().body(body).when().put("/api/v1/products/{yj}", "5111009F1010")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertEquals(0, TestDatabase.count("select count(*) from product where yj_code = ?", "5111009F1010"));
    }

    @Test
    void aMalformedYjCodeIsRefused() {
        admin().body("{}").when().put("/api/v1/products/{yj}", "5111009F101").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void searchesCombineEveryCriterionAndPage() {
        put("5112001F1011", "MFR502", "検索成分乙", "GENERIC", "B", false);
        put("5112001F1024", "MFR503", "検索成分乙", "GENERIC", "NONE", false);
        put("5112001F2018", "MFR502", "検索成分乙", "LONG_LISTED_BRAND", "B", true);
        report("5112001F1011", "MFR502", "STOPPED", "QUALITY_TROUBLE", "2025-06-01");
        given().get("/api/v1/products?ingredient=成分乙").then().statusCode(200).body("totalItems", equalTo(3));
        given().get("/api/v1/products?yjPrefix=5112001F1").then().body("items.yjCode",
                contains("5112001F1011", "5112001F1024"));
        given().get("/api/v1/products?manufacturer=MFR502&supplySecurityClass=B&basicDrug=true").then()
                .body("items.yjCode", contains("5112001F2018"));
        given().get("/api/v1/products?ingredient=成分乙&shipmentResponse=STOPPED&asOf=2025-06-30").then()
                .body("items.yjCode", contains("5112001F1011"));
        given().get("/api/v1/products?ingredient=成分乙&shipmentResponse=STOPPED&asOf=2025-05-31").then()
                .body("totalItems", equalTo(0));
        given().get("/api/v1/products?productCategory=GENERIC&ingredient=成分乙&size=1&page=2").then()
                .body("items.yjCode", contains("5112001F1024")).body("totalPages", equalTo(2));
        given().get("/api/v1/products?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
        given().get("/api/v1/products?shipmentResponse=SHORT").then().statusCode(400)
                .body("errors.field", hasItem("shipmentResponse"));
        given().get("/api/v1/products?asOf=yesterday").then().statusCode(400).body("errors.field", hasItem("asOf"));
        // many products by code at once (a page naming the products of a watch list), each with its status
        given().get("/api/v1/products?yj=5112001F2018&yj=5112001F1011&yj=5112001F9993").then().statusCode(200)
                .body("items.yjCode", contains("5112001F1011", "5112001F2018"))
                .body("items[0].status.shipmentResponse", equalTo("STOPPED"));
        given().get("/api/v1/products?yj=5112001F1011&yj=nonsense").then().statusCode(400)
                .body("errors.field", hasItem("yj"));
    }

    @Test
    void oneSearchBoxFindsByYjCodeProductNameIngredientOrMaker() {
        put("7319001F1012", "MFR581", "一箱成分丙", "GENERIC", "NONE", false);
        put("7319001F2019", "MFR582", "一箱成分丁", "BRAND", "NONE", false);
        given().get("/api/v1/products?q=7319001F1").then().statusCode(200).body("items.yjCode", contains("7319001F1012"));
        given().get("/api/v1/products?q=7319001f2").then().body("items.yjCode", contains("7319001F2019"));
        given().get("/api/v1/products?q=一箱成分丙錠").then().body("items.yjCode", contains("7319001F1012")); // 品名
        given().get("/api/v1/products?q=一箱成分").then().body("items.yjCode", contains("7319001F1012", "7319001F2019"));
        given().get("/api/v1/products?q=MFR582製").then().body("items.yjCode", contains("7319001F2019")); // maker's name
        given().get("/api/v1/products?q=MFR581").then().body("items.yjCode", contains("7319001F1012")); // maker's code
        given().get("/api/v1/products?q=一箱成分&productCategory=BRAND").then().body("items.yjCode", contains("7319001F2019"));
        given().get("/api/v1/products?q=" + "x".repeat(201)).then().statusCode(400).body("errors.field", hasItem("q"));
        // typed in full-width, as a Japanese keyboard often does
        given().get("/api/v1/products?q=７３１９００１Ｆ１").then().body("items.yjCode", contains("7319001F1012"));
        given().get("/api/v1/products?q=ＭＦＲ５８１").then().body("items.yjCode", contains("7319001F1012"));
        given().get("/api/v1/products?manufacturer=ＭＦＲ５８２").then().body("items.yjCode", contains("7319001F2019"));
    }

    @Test
    void alternativesListSameFormAndStrengthFirstEachWithItsStatus() {
        put("5113001F1019", "MFR511", "代替成分", "GENERIC", "NONE", false);
        put("5113001F1027", "MFR512", "代替成分", "GENERIC", "NONE", false);
        put("5113001F1035", "MFR513", "代替成分", "GENERIC", "NONE", false);
        put("5113001F2015", "MFR514", "代替成分", "GENERIC", "NONE", false);
        put("5113002F1013", "MFR515", "別成分", "GENERIC", "NONE", false);
        report("5113001F1019", "MFR511", "STOPPED", "MANUFACTURING_TROUBLE", "2025-07-01");
        report("5113001F1027", "MFR512", "LIMITED_OTHER_COMPANY", "DEMAND_INCREASE", "2025-07-02");
        report("5113001F1035", "MFR513", "NORMAL", null, "2025-07-01");
        given().get("/api/v1/products/5113001F1019/alternatives?asOf=2025-07-10").then().statusCode(200)
                .body("product.status.shipmentResponse", equalTo("STOPPED"))
                .body("sameIngredientFormStrength.yjCode", contains("5113001F1035", "5113001F1027"))
                .body("sameIngredientFormStrength[0].status.shipmentResponse", equalTo("NORMAL"))
                .body("sameIngredient.yjCode", contains("5113001F2015"));
        given().get("/api/v1/products/5113999F1011/alternatives").then().statusCode(404);
    }

    @Test
    void theStateOnAnyPastDayIsTheChangeInEffectThen() {
        put("5114001F1016", "MFR521", "履歴成分", "GENERIC", "NONE", false);
        report("5114001F1016", "MFR521", "LIMITED_OWN_REASONS", "DEMAND_INCREASE", "2025-03-01");
        report("5114001F1016", "MFR521", "STOPPED", "QUALITY_TROUBLE", "2025-05-01");
        report("5114001F1016", "MFR521", "NORMAL", null, "2025-08-01");
        // A late report corrects the past: revision 4, effective 2025-04-01.
        report("5114001F1016", "MFR521", "LIMITED_OTHER", "OTHER", "2025-04-01");
        String path = "/api/v1/products/5114001F1016/status?asOf=";
        given().get(path + "2025-02-28").then().statusCode(200).body("current", nullValue())
                .body("upcoming.effectiveDate", contains("2025-03-01", "2025-04-01", "2025-05-01", "2025-08-01"));
        given().get(path + "2025-03-15").then().body("current.shipmentResponse", equalTo("LIMITED_OWN_REASONS"));
        given().get(path + "2025-04-15").then().body("current.shipmentResponse", equalTo("LIMITED_OTHER"))
                .body("current.revision", equalTo(4));
        given().get(path + "2025-05-01").then().body("current.shipmentResponse", equalTo("STOPPED"))
                .body("history.revision", contains(2, 4, 1));
        given().get(path + "2025-12-31").then().body("current.shipmentResponse", equalTo("NORMAL"))
                .body("upcoming.size()", equalTo(0));
        given().get("/api/v1/products/5114001F1016?asOf=2025-05-02").then().body("status.shipmentResponse",
                equalTo("STOPPED"));
    }

    /** A name a spreadsheet would run as a formula is defused in every CSV export (CSV injection, OWASP). */
    @Test
    void aProductNameThatASpreadsheetWouldRunIsDefusedInTheCsvExport() {
        admin().body("""
                {"manufacturerCode":"MFR777","manufacturerName":"@SUM(1+9)*cmd","productName":"=HYPERLINK(\\"http://example.com\\",\\"x\\")",
                 "ingredient":"検算成分","strengthUnit":"10mg1錠","drugCategory":"INTERNAL","productCategory":"GENERIC"}""")
                .when().put("/api/v1/products/{yj}", "5119001F1012").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(200), equalTo(201)));
        String csv = given().get("/api/v1/national-list?format=csv").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\""),
                csv.lines().filter(l -> l.contains("5119001F1012")).findFirst().orElse(csv));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("'@SUM(1+9)*cmd"), "the maker's name too");
        // the JSON keeps the name as it was registered
        given().get("/api/v1/products/5119001F1012").then().statusCode(200)
                .body("productName", equalTo("=HYPERLINK(\"http://example.com\",\"x\")"));
    }
}
