package org.shortagewatch.notification.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Supply-status events reach subscribers of every kind (YJ code, ingredient, therapeutic class, manufacturer,
 * supply-security class) at or above their minimum severity, once per (facility, channel), with same-ingredient
 * alternatives from the service's own projection.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
public class MatchingTest {

    private static final AtomicInteger NEXT = new AtomicInteger(10);

    /** A fresh ingredient per test: class 6131, ingredient 61310nn, so tests never see each other's products. */
    public static String ingredient() {
        return String.format("6%03d%03d", 100 + NEXT.get(), NEXT.getAndIncrement());
    }

    public static String facility() {
        return FacilityCodes.withCheckDigit(String.format("134%06d", 100000 + NEXT.getAndIncrement()));
    }

    public static String subscribe(String facility, String kind, String target, String channels, String minSeverity) {
        return subscribe(facility, kind, target, channels, minSeverity, null);
    }

    /** The facility's own subscription, with {@code webhookUrl} when it is not null; returns its id. */
    public static String subscribe(String facility, String kind, String target, String channels, String minSeverity,
            String webhookUrl) {
        String hook = webhookUrl == null ? "" : ",\"webhookUrl\":\"" + webhookUrl + "\"";
        return given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility)).contentType(ContentType.JSON)
                .body("""
                        {"facilityCode":"%s","kind":"%s","target":"%s","channels":%s,"minSeverity":"%s"%s}"""
                        .formatted(facility, kind, target, channels, minSeverity, hook))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }

    /** A new facility subscribed to {@code target}; returns the facility's code. */
    public static String subscribedFacility(String kind, String target, String channels, String minSeverity) {
        String facility = facility();
        subscribe(facility, kind, target, channels, minSeverity);
        return facility;
    }

    public static void publish(UUID id, String yj, ShipmentResponse response, long revision, String manufacturer) throws Exception {
        TestEvents.send(TestEvents.supplyStatus(yj, id, new SupplyStatusChanged(yj, revision, response,
                response == ShipmentResponse.NORMAL ? null : ShortageReason.MANUFACTURING_TROUBLE,
                LocalDate.of(2026, 12, 1), Instant.now(), manufacturer)));
    }

    /**
     * Publishes a status record that does not describe its product (the projection supplies what it knows) and waits
     * until the service has applied it; returns the event id.
     */
    public static UUID reported(String yj, ShipmentResponse response, long revision, String manufacturer)
            throws Exception {
        UUID id = UUID.randomUUID();
        publish(id, yj, response, revision, manufacturer);
        processed(id);
        return id;
    }

    /** Publishes a product-master record and waits until the service has applied it. */
    public static void master(String yj, String manufacturer, SupplySecurityClass security, long version)
            throws Exception {
        UUID id = UUID.randomUUID();
        TestEvents.send(TestEvents.productChanged(id, new ProductChanged(version, new ProductDetails(yj, "テスト錠",
                "テスト成分", null, DrugCategory.INTERNAL, ProductCategory.GENERIC, false, security, manufacturer, null,
                null, null, null), Instant.now())));
        processed(id);
    }

    static long inbox(String facility, UUID cause) throws Exception {
        return TestDatabase.count("select count(*) from delivery where recipient = ? and channel = 'INBOX' and cause_event_id = ?::uuid",
                facility, cause.toString());
    }

    public static void processed(UUID cause) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestDatabase.count("select count(*) from processed_event where event_id = ?::uuid", cause.toString()) == 1);
    }

    @Test
    void eachKindOfSubscriptionMatches() throws Exception {
        String ing = ingredient();
        String yj = ing + "F1022";
        String byYj = facility();
        String byIngredient = facility();
        String byClass = facility();
        String byManufacturer = facility();
        String bySecurityClass = facility();
        String unrelated = facility();
        subscribe(byYj, "YJ_CODE", yj, "[\"INBOX\"]", "INFO");
        subscribe(byIngredient, "INGREDIENT", ing, "[\"INBOX\"]", "INFO");
        subscribe(byClass, "THERAPEUTIC_CLASS", ing.substring(0, 4), "[\"INBOX\"]", "INFO");
        String mfr = "MFR" + ing;
        subscribe(byManufacturer, "MANUFACTURER", mfr, "[\"INBOX\"]", "INFO");
        subscribe(bySecurityClass, "SUPPLY_SECURITY_CLASS", "A", "[\"INBOX\"]", "INFO");
        subscribe(unrelated, "INGREDIENT", ingredient(), "[\"INBOX\"]", "INFO");
        // The supply-security class comes from manufacturer-report's product master, before any status is known;
        // an older version arriving late changes nothing.
        master(yj, mfr, SupplySecurityClass.A, 2);
        master(yj, mfr, SupplySecurityClass.NONE, 1);

        UUID cause = reported(yj, ShipmentResponse.STOPPED, 1, mfr);
        for (String f : new String[] {byYj, byIngredient, byClass, byManufacturer, bySecurityClass}) {
            assertEquals(1, inbox(f, cause), f);
        }
        assertEquals(0, inbox(unrelated, cause));
        assertEquals(1, TestDatabase.count("select count(*) from alert where cause_event_id = ?::uuid and severity = 4",
                cause.toString()), "supply stopped for a class-A drug is critical");
    }

    @Test
    void belowTheMinimumSeverityNothingIsSentAndOneFacilityGetsOneRowPerChannel() throws Exception {
        String ing = ingredient();
        String yj = ing + "F1022";
        String f = facility();
        subscribe(f, "YJ_CODE", yj, "[\"INBOX\"]", "HIGH");
        subscribe(f, "INGREDIENT", ing, "[\"INBOX\",\"SSE\"]", "MEDIUM");

        UUID normal = reported(yj, ShipmentResponse.NORMAL, 1, "M1");
        assertEquals(0, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid", normal.toString()),
                "first report of normal shipment is INFO: below both minimums");

        UUID limited = reported(yj, ShipmentResponse.LIMITED_OWN_REASONS, 2, "M1");
        assertEquals(1, inbox(f, limited), "MEDIUM: the ingredient subscription matches, the YJ one does not");

        UUID stopped = reported(yj, ShipmentResponse.STOPPED, 3, "M1");
        assertEquals(1, inbox(f, stopped), "both subscriptions match; the facility still gets one inbox row");
        assertEquals(2, TestDatabase.count("select count(*) from delivery where recipient = ? and cause_event_id = ?::uuid",
                f, stopped.toString()), "one inbox row and one SSE row");
    }

    @Test
    void anOlderRevisionNotifiesNobodyAndAlternativesAreThoseShippingNormally() throws Exception {
        FollowedProduct followed = FollowedProduct.followingProduct();
        String yj = followed.product();
        String f = followed.facility();
        reported(followed.sibling(), ShipmentResponse.NORMAL, 1, "M2");
        reported(followed.other("F2020"), ShipmentResponse.NORMAL, 1, "M3");

        reported(yj, ShipmentResponse.STOPPED, 5, "M1");
        String payload = given().header("Authorization", TestTokens.bearer(Roles.FACILITY, f))
                .when().get("/api/v1/inbox/{code}", f).then().statusCode(200)
                .extract().path("[0].payload.data.alternatives[0].yjCode");
        assertEquals(followed.sibling(), payload, "same ingredient, form and strength, shipping normally");
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, f))
                .when().get("/api/v1/inbox/{code}", f).then()
                .body("[0].subject", org.hamcrest.Matchers.containsString("供給停止"))
                .body("size()", equalTo(1));

        UUID old = reported(yj, ShipmentResponse.NORMAL, 4, "M1");
        assertEquals(0, inbox(f, old), "revision 4 arrives after 5: ignored");
        assertTrue(TestDatabase.count("select count(*) from product where yj_code = ? and shipment_response = 'STOPPED'", yj) == 1);
    }
}
