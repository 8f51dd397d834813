package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.report.rest.TestReports.MANUFACTURER;
import static org.shortagewatch.report.rest.TestReports.NEXT;
import static org.shortagewatch.report.rest.TestReports.asManufacturer;
import static org.shortagewatch.report.rest.TestReports.count;
import static org.shortagewatch.report.rest.TestReports.eventsFor;
import static org.shortagewatch.report.rest.TestReports.freshYj;
import static org.shortagewatch.report.rest.TestReports.header;
import static org.shortagewatch.report.rest.TestReports.register;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Against a real PostgreSQL and a real Kafka broker, both started by the test. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class StatusChangeResourceTest {

    @Test
    void aReportedChangeIsStoredAsHistoryAndPublishedOnceAsACloudEvent() {
        String yj = freshYj();
        String eventId = asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"LIMITED_OWN_REASONS","reason":"MANUFACTURING_TROUBLE",
                         "effectiveDate":"2025-12-01"}""".formatted(yj))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/status-changes/[0-9]+"))
                .body("revision", equalTo(1))
                .body("shipmentResponseLabel", equalTo("限定出荷（自社の事情）"))
                .extract().path("eventId");
        asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"NORMAL","effectiveDate":"2026-01-15"}""".formatted(yj))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201).body("revision", equalTo(2));

        given().when().get("/api/v1/products/{yj}/status", yj)
                .then().statusCode(200)
                .body("current.shipmentResponse", equalTo("NORMAL"))
                .body("current.revision", equalTo(2))
                .body("current.reportedBy", equalTo(MANUFACTURER))
                .body("history", hasSize(2))
                .body("history[1].shipmentResponse", equalTo("LIMITED_OWN_REASONS"))
                .body("history[1].reason", equalTo("MANUFACTURING_TROUBLE"));

        List<ConsumerRecord<String, String>> events = eventsFor(yj, 2);
        assertEquals(2, events.size(), "one event per change, no duplicates");
        ConsumerRecord<String, String> first = events.get(0);
        assertEquals(yj, first.key());
        assertEquals(eventId, header(first, "ce_id"));
        assertEquals(SupplyStatusChanged.TYPE, header(first, "ce_type"));
        assertEquals("/manufacturer-report", header(first, "ce_source"));
        assertEquals(yj, header(first, "ce_subject"));
        assertEquals("1.0", header(first, "ce_specversion"));
        SupplyStatusChanged body = EventJson.read(first.value(), SupplyStatusChanged.class);
        assertEquals(ShipmentResponse.LIMITED_OWN_REASONS, body.report().shipmentResponse());
        assertEquals(ShortageReason.MANUFACTURING_TROUBLE, body.report().reason());
        assertEquals(1, body.revision());
        assertEquals(null, body.previousShipmentResponse(), "a first report has no previous response");
        assertEquals(new SupplyStatusChanged.Product("テスト錠10mg", "10mg1錠", MANUFACTURER, ProductCategory.GENERIC, false,
                SupplySecurityClass.NONE), body.product(), "the event describes the product as its master stands");
        SupplyStatusChanged second = EventJson.read(events.get(1).value(), SupplyStatusChanged.class);
        assertEquals(2, second.revision(), "in order");
        assertEquals(ShipmentResponse.LIMITED_OWN_REASONS, second.previousShipmentResponse(),
                "each event carries the response it replaces, so a consumer judges severity from the event alone");
    }

    @Test
    void aRecordedChangeIsReadByAnyoneAtTheAddressItWasAnsweredWith() {
        String yj = freshYj();
        ExtractableResponse<Response> created = asManufacturer()
                .contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"STOPPED","reason":"QUALITY_TROUBLE",
                         "effectiveDate":"2026-11-20"}""".formatted(yj))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/status-changes/" + id), created.header("Location"));

        given().when().get("/api/v1/status-changes/{id}", id)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo((int) id))
                .body("yjCode", equalTo(yj))
                .body("revision", equalTo(1))
                .body("shipmentResponse", equalTo("STOPPED"))
                .body("reason", equalTo("QUALITY_TROUBLE"))
                .body("effectiveDate", equalTo("2026-11-20"))
                .body("reportedBy", equalTo(MANUFACTURER))
                .body("eventId", equalTo(created.path("eventId")));
        given().when().get("/api/v1/status-changes/{id}", Long.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void anOrganisationsLatestChangesAcrossItsProductsAreReadByAnyoneTheLatestReportFirst() {
        String maker = "LATEST-MFR1";
        String other = "LATEST-MFR2";
        String first = YjCodes.withCheckCharacter(String.format("2456%03dF131", NEXT.getAndIncrement()));
        String second = YjCodes.withCheckCharacter(String.format("2456%03dF131", NEXT.getAndIncrement()));
        String othersProduct = YjCodes.withCheckCharacter(String.format("2456%03dF131", NEXT.getAndIncrement()));
        register(first, maker);
        register(second, maker);
        register(othersProduct, other);
        report(maker, first, "LIMITED_OWN_REASONS", ",\"reason\":\"MANUFACTURING_TROUBLE\"");
        report(other, othersProduct, "STOPPED", ",\"reason\":\"QUALITY_TROUBLE\"");
        report(maker, second, "STOPPED", ",\"reason\":\"QUALITY_TROUBLE\"");
        report(maker, first, "NORMAL", "");

        given().queryParam("manufacturer", maker)
                .when().get("/api/v1/status-changes")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("yjCode", contains(first, second, first))
                .body("revision", contains(2, 1, 1))
                .body("shipmentResponse", contains("NORMAL", "STOPPED", "LIMITED_OWN_REASONS"))
                .body("[1].shipmentResponseLabel", equalTo("供給停止"));
        int secondId = given().queryParam("manufacturer", maker).queryParam("limit", 2)
                .when().get("/api/v1/status-changes")
                .then().statusCode(200).body("yjCode", contains(first, second)).extract().path("[1].id");
        given().queryParam("manufacturer", maker).queryParam("limit", 2).queryParam("before", secondId)
                .when().get("/api/v1/status-changes")
                .then().statusCode(200).body("yjCode", contains(first)).body("revision", contains(1));
        given().queryParam("manufacturer", maker).queryParam("before", 0)
                .when().get("/api/v1/status-changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("before"));

        given().when().get("/api/v1/status-changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("manufacturer"));
        given().queryParam("manufacturer", maker).queryParam("limit", 201)
                .when().get("/api/v1/status-changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    /** {@code maker} reports a change of its product, effective today; {@code more} adds fields to the body. */
    private static void report(String maker, String yj, String response, String more) {
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, maker)).contentType(ContentType.JSON)
                .body("{\"yjCode\":\"%s\",\"shipmentResponse\":\"%s\",\"effectiveDate\":\"%s\"%s}"
                        .formatted(yj, response, java.time.LocalDate.now(), more))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201);
    }

    @Test
    void everyFieldOfTheNationalListIsStoredAndPublished() {
        String yj = freshYj();
        String cause = freshYj();
        asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"LIMITED_OTHER_COMPANY","reason":"DEMAND_INCREASE",
                         "causeYjCode":"%s","effectiveDate":"2026-12-01","effectiveDateCertainty":"ANTICIPATED",
                         "resolutionOutlook":"YES","expectedResolutionDate":"2027-03-31","shipmentVolume":"B",
                         "volumeImprovementDate":"2027-01-15","volumeImprovementAmount":"通常の50%%"}"""
                        .formatted(yj, cause))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201)
                .body("shipmentVolumeLetter", equalTo("B"))
                .body("resolutionOutlookLabel", equalTo("あり"))
                .body("volumeImprovementAmount", equalTo("通常の50%"));
        SupplyStatusChanged event = EventJson.read(eventsFor(yj, 1).get(0).value(), SupplyStatusChanged.class);
        StatusReport report = event.report();
        assertEquals(cause, report.causeYjCode());
        assertEquals(java.time.LocalDate.of(2027, 3, 31), report.expectedResolutionDate());
        assertEquals(org.shortagewatch.events.ShipmentVolume.B, report.shipmentVolume());
        assertEquals(org.shortagewatch.events.DateCertainty.ANTICIPATED, report.effectiveDateCertainty());
        assertEquals("通常の50%", report.volumeImprovementAmount());
    }

    @Test
    void aCauseProductMustBeRegistered() throws Exception {
        String yj = freshYj();
        long before = count("status_change");
        asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"LIMITED_OTHER_COMPANY","reason":"DEMAND_INCREASE",
                         "causeYjCode":"9999999Z9999","effectiveDate":"2026-12-01"}""".formatted(yj))
                .when().post("/api/v1/status-changes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("causeYjCode"));
        assertEquals(before, count("status_change"));
    }

    @Test
    void aMistypedYjCodeIsToldAsUnknownAndAnotherMakersProductAsNotYours() {
        asManufacturer().contentType(ContentType.JSON)
                .body("{\"yjCode\":\"2456999F1992\",\"shipmentResponse\":\"NORMAL\",\"effectiveDate\":\"2026-12-01\"}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("yjCode"))
                .body("errors[0].detail", equalTo("品目 2456999F1992 は登録されていません（YJ コードを確かめてください）"));
        String theirs = YjCodes.withCheckCharacter(String.format("2456%03dF131", NEXT.getAndIncrement()));
        register(theirs, "MFR-SOMEONE-ELSE");
        asManufacturer().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"yjCode\":\"" + theirs + "\",\"shipmentResponse\":\"NORMAL\",\"effectiveDate\":\"2026-12-01\"}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(403).body("detail", equalTo(theirs + " is not a product of your organisation"));
    }

    @Test
    void anUnknownProductIsNotFoundAsProblemJson() {
        given().when().get("/api/v1/products/{yj}/status", "9999999Z9999")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aMalformedYjCodeInThePathNamesTheParameter() {
        given().when().get("/api/v1/products/{yj}/status", "not-a-code")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("yj"));
    }

    /** Each bad report: why it is bad, its content type, the answer's status and the field it names, the body. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown status | JSON | 400 | shipmentResponse | {"yjCode":"2456999F1313","shipmentResponse":"LIMITED","reason":"OTHER","effectiveDate":"2026-12-01"}
            malformed YJ code | JSON | 400 | yjCode | {"yjCode":"2456-001","shipmentResponse":"STOPPED","reason":"OTHER","effectiveDate":"2026-12-01"}
            missing field | JSON | 400 | effectiveDate | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"OTHER"}
            malformed date | JSON | 400 | effectiveDate | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"OTHER","effectiveDate":"2026-13-01"}
            unknown reason | JSON | 400 | reason | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"7","effectiveDate":"2026-12-01"}
            normal shipment with a reason | JSON | 400 | reason | {"yjCode":"2456999F1313","shipmentResponse":"NORMAL","reason":"OTHER","effectiveDate":"2026-12-01"}
            cause product is the product itself | JSON | 400 | causeYjCode | {"yjCode":"2456999F1313","shipmentResponse":"LIMITED_OTHER_COMPANY","reason":"DEMAND_INCREASE","causeYjCode":"2456999F1313","effectiveDate":"2026-12-01"}
            cause product with another shipment response | JSON | 400 | causeYjCode | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"OTHER","causeYjCode":"2456001F1310","effectiveDate":"2026-12-01"}
            expected resolution in the past | JSON | 400 | expectedResolutionDate | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"OTHER","resolutionOutlook":"YES","expectedResolutionDate":"2020-01-01","effectiveDate":"2026-12-01"}
            a precision without its date | JSON | 400 | expectedResolutionPrecision | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"OTHER","resolutionOutlook":"YES","expectedResolutionPrecision":"LATE_MONTH","effectiveDate":"2026-12-01"}
            unknown precision | JSON | 400 | volumeImprovementPrecision | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"OTHER","volumeImprovementDate":"2027-01-01","volumeImprovementPrecision":"SOON","effectiveDate":"2026-12-01"}
            unknown shipment volume | JSON | 400 | shipmentVolume | {"yjCode":"2456999F1313","shipmentResponse":"STOPPED","reason":"OTHER","shipmentVolume":"E","effectiveDate":"2026-12-01"}
            malformed JSON | JSON | 400 | (body) | {"yjCode":"2456999F1313","shipmentResponse":
            empty body | JSON | 400 | (body) | ''
            wrong content type | TEXT | 415 | Content-Type | yjCode=2456999F1313&shipmentResponse=STOPPED
            """)
    void badInputIsRefusedAsProblemJsonNamingTheFieldAndChangesNothing(String why, ContentType type, int status,
            String field, String body) throws Exception {
        long changesBefore = count("status_change");
        long outboxBefore = count("outbox");

        asManufacturer().contentType(type).body(body)
                .when().post("/api/v1/status-changes")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));

        assertEquals(changesBefore, count("status_change"), "nothing stored");
        assertEquals(outboxBefore, count("outbox"), "nothing queued for publishing");
        assertTrue(eventsFor("2456999F1313", 0, Duration.ofMillis(500)).isEmpty(), "nothing published");
    }


}
