package org.shortagewatch.local;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.shortagewatch.local.PortalSystem.as;

import java.util.List;
import java.util.Map;

import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.http.ContentType;

/**
 * What the regulator's dashboard and map are read on, made once a run through the services' APIs on the system of
 * {@link PortalSystem}, for the journey ({@link RegulatorDashboardTest}): a product of an ingredient of its own,
 * stopped for quality trouble; WHS001's stock of it and shipments in Tokyo (30 days of supply); three facilities of
 * Tokyo that cannot obtain it (a cluster, Tokyo's one finding of the ingredient).
 */
final class RegulatorFigures {

    static final String STOPPED = "6250701F1020";
    static final String STOPPED_NAME = "リグレ錠200mg「ダッシュ」";
    static final String INGREDIENT = "リグレビル";

    private RegulatorFigures() {
    }

    private static boolean seeded;

    /** Makes the figures, the first time only. */
    static synchronized void seed() {
        if (seeded) {
            return;
        }
        PortalSystem.register(DemoRealm.MANUFACTURER, STOPPED, STOPPED_NAME, INGREDIENT, "200mg1錠", "GENERIC");
        PortalSystem.report(DemoRealm.MANUFACTURER, STOPPED, "STOPPED", "QUALITY_TROUBLE");
        WholesalerData.record("stock", DemoRealm.PHARMACY.org(), STOPPED, WholesalerData.TODAY, 300);
        WholesalerData.record("shipments", DemoRealm.PHARMACY.org(), STOPPED, WholesalerData.TODAY.minusDays(3), 280);
        for (DemoRealm.User facility : List.of(DemoRealm.PHARMACY, DemoRealm.HOSPITAL)) {
            cannotObtain(facility, facility.org());
        }
        cannotObtain(DemoRealm.ADMIN, FacilityCodes.withCheckDigit("131765432"));
        seeded = true;
    }

    private static void cannotObtain(DemoRealm.User caller, String facility) {
        as(caller, LocalStack.WHOLESALER_ALLOCATION).contentType(ContentType.JSON)
                .body(Map.of("facilityCode", facility, "yjCode", STOPPED))
                .when().post("/api/v1/cannot-obtain-reports").then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }
}
