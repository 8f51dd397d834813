package org.shortagewatch.local;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.shortagewatch.local.PortalSystem.as;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.PostgresServer;

import io.restassured.http.ContentType;

/**
 * What the regulator's dashboard and map are read on, made once a run through the services' APIs on the system of
 * {@link PortalSystem}, for the journey ({@link RegulatorDashboardTest}) and the pages ({@link RegulatorPagesTest}):
 * <ul>
 * <li>a product of an ingredient of its own, shipping normally and then stopped today for quality trouble, with no
 * supply-risk report before (an unannounced stop); WHS001's stock of it and shipments in Tokyo (30 days of supply);
 * three facilities of Tokyo that cannot obtain it (a cluster, Tokyo's one finding of the ingredient);</li>
 * <li>a product of a second ingredient whose name contains the first's, limited for 31 days and reported no more
 * since (stale);</li>
 * <li>a third ingredient's order surge at the demo hospital in Tokyo (a finding about one facility).</li>
 * </ul>
 */
final class RegulatorFigures {

    static final String STOPPED = "6250701F1028";
    static final String STOPPED_NAME = "リグレ錠200mg「ダッシュ」";
    static final String STOPPED_KEY = STOPPED.substring(0, 7);
    static final String INGREDIENT = "リグレビル";
    static final String STALE = "6250702F1014";
    static final String STALE_NAME = "リグレ類似錠100mg「ダッシュ」";
    static final String STALE_KEY = STALE.substring(0, 7);
    static final String SURGING = "6250801F1026";

    private RegulatorFigures() {
    }

    private static boolean seeded;

    /** Makes the figures, the first time only. */
    static synchronized void seed() {
        if (seeded) {
            return;
        }
        PortalSystem.register(DemoRealm.MANUFACTURER, STOPPED, STOPPED_NAME, INGREDIENT, "200mg1錠", "GENERIC");
        PortalSystem.report(DemoRealm.MANUFACTURER, STOPPED, "NORMAL", null, WholesalerData.TODAY.minusDays(30));
        PortalSystem.report(DemoRealm.MANUFACTURER, STOPPED, "STOPPED", "QUALITY_TROUBLE", WholesalerData.TODAY);
        WholesalerData.record("stock", DemoRealm.PHARMACY.org(), STOPPED, WholesalerData.TODAY, 300);
        WholesalerData.record("shipments", DemoRealm.PHARMACY.org(), STOPPED, WholesalerData.TODAY.minusDays(3), 280);
        for (DemoRealm.User facility : List.of(DemoRealm.PHARMACY, DemoRealm.HOSPITAL)) {
            cannotObtain(facility, facility.org());
        }
        cannotObtain(DemoRealm.ADMIN, FacilityCodes.withCheckDigit("131765432"));

        PortalSystem.register(DemoRealm.MANUFACTURER, STALE, STALE_NAME, INGREDIENT + "類似", "100mg1錠", "GENERIC");
        PortalSystem.report(DemoRealm.MANUFACTURER, STALE, "LIMITED_OWN_REASONS", "MANUFACTURING_TROUBLE",
                WholesalerData.TODAY.minusDays(31));
        reportedDaysAgo(STALE, 31);

        WholesalerData.limited(SURGING, "リグレ急増錠10mg", "リグレサージ");
        WholesalerData.pastPurchases(DemoRealm.HOSPITAL.org(), SURGING);
        WholesalerData.record("orders", DemoRealm.HOSPITAL.org(), SURGING, WholesalerData.TODAY, 350);
        WholesalerData.awaitFinding(SURGING, "ORDER_SURGE");
        seeded = true;
    }

    private static void cannotObtain(DemoRealm.User caller, String facility) {
        as(caller, LocalStack.WHOLESALER_ALLOCATION).contentType(ContentType.JSON)
                .body(Map.of("facilityCode", facility, "yjCode", STOPPED))
                .when().post("/api/v1/cannot-obtain-reports").then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /**
     * Moves the product's reports back in time, as only a superuser can: a test cannot wait a month for its maker to
     * fall silent, and manufacturer-report takes the time of a report from its own clock.
     */
    static void reportedDaysAgo(String yj, int days) {
        try (Connection db = DriverManager.getConnection(PortalSystem.stack().jdbcUrl(LocalStack.MANUFACTURER_REPORT),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement update = db.prepareStatement(
                        "update status_change set reported_at = reported_at - make_interval(days => ?) where yj_code = ?")) {
            update.setInt(1, days);
            update.setString(2, yj);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
