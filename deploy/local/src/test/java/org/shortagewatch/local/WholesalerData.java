package org.shortagewatch.local;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.shortagewatch.local.PortalSystem.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.awaitility.Awaitility;
import org.shortagewatch.infra.DemoRealm;

/**
 * What the pages of wholesalers and of the regulator read from wholesaler-allocation, made through the services' APIs
 * on the system of {@link PortalSystem}: a product of MFR001's in limited shipment as wholesaler-allocation knows it,
 * and WHS001's records of a customer's orders, shipments and stock.
 */
final class WholesalerData {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    private WholesalerData() {
    }

    /**
     * A generic of MFR001's, of an ingredient of its own, in limited shipment (demand increase), once
     * wholesaler-allocation has the status from manufacturer-report's event.
     */
    static void limited(String yj, String name, String ingredient) {
        PortalSystem.register(DemoRealm.MANUFACTURER, yj, name, ingredient, "10mg1錠", "GENERIC");
        PortalSystem.report(DemoRealm.MANUFACTURER, yj, "LIMITED_OWN_REASONS", "DEMAND_INCREASE");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                as(DemoRealm.WHOLESALER, LocalStack.WHOLESALER_ALLOCATION).get("/api/v1/products/{yj}", yj)
                        .then().statusCode(200).body("shipmentResponse", equalTo("LIMITED_OWN_REASONS")));
    }

    /** One of WHS001's records of a customer ({@code kind}: orders, shipments or stock), in tablets. */
    static void record(String kind, String facility, String yj, LocalDate day, long units) {
        record(kind, facility, yj, day, units, "錠");
    }

    /** As {@link #record(String, String, String, LocalDate, long)}, for a product counted in {@code unit}. */
    static void record(String kind, String facility, String yj, LocalDate day, long units, String unit) {
        as(DemoRealm.WHOLESALER, LocalStack.WHOLESALER_ALLOCATION).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("facilityCode", facility, "yjCode", yj, "date", day.toString(), "units", units,
                        "unit", unit))
                .when().post("/api/v1/wholesalers/{w}/{kind}", DemoRealm.WHOLESALER.org(), kind)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /**
     * A customer's purchases in the baseline window (the same quarter last year as the 28-day order window's start):
     * 920 units over that quarter, about 280 for 28 days; and its stock today with its shipments of the last weeks,
     * ten days of supply. Orders of 350 today are then a surge (125% of the baseline) during limited shipment.
     */
    static void pastPurchases(String facility, String yj) {
        LocalDate lastYear = TODAY.minusDays(27).minusYears(1);
        LocalDate baselineStart = LocalDate.of(lastYear.getYear(), (lastYear.getMonthValue() - 1) / 3 * 3 + 1, 1);
        record("shipments", facility, yj, baselineStart.plusDays(1), 920);
        record("shipments", facility, yj, TODAY.minusDays(3), 280);
        record("stock", facility, yj, TODAY, 100);
    }

    /** Waits until WHS001's findings have one of {@code rule} about the product. */
    static void awaitFinding(String yj, String rule) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(DemoRealm.WHOLESALER, LocalStack.WHOLESALER_ALLOCATION)
                        .get("/api/v1/wholesalers/{w}/findings", DemoRealm.WHOLESALER.org())
                        .then().statusCode(200).body("findAll { it.yjCode == '" + yj + "' }.rule", hasItem(rule)));
    }
}
