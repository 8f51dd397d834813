package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shortagewatch.infra.DemoRealm;

/**
 * The demo catalogue a first local run loads (deploy/local/demo), in the system of {@link PortalSystem}, which loads it
 * as the run does: the demo makers' products are found by name with their status and maker, a limited product's
 * alternative ships normally, the pharmacy and the wholesaler are named, and loading it again changes nothing.
 */
@ExtendWith(PortalSystem.class)
class DemoCatalogueTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    @Test
    void theDemoProductsAreFoundByNameWithTheirStatusMakerAndAlternativesAndTheOrganisationsByName() {
        given().baseUri(PortalSystem.stack().serviceUrl(LocalStack.MANUFACTURER_REPORT).toString())
                .queryParam("q", "アムロジピン錠5mg").when().get("/api/v1/products").then().statusCode(200)
                .body("items.find { it.yjCode == '2171022F2017' }.productName", equalTo("アムロジピン錠5mg「カクウ」"))
                .body("items.find { it.yjCode == '2171022F2017' }.manufacturerName", equalTo("架空製薬株式会社"))
                .body("items.find { it.yjCode == '2171022F2017' }.status.shipmentResponse",
                        equalTo("LIMITED_OWN_REASONS"))
                .body("items.find { it.yjCode == '2171022F2025' }.status.shipmentResponse", equalTo("NORMAL"));
        String page = PortalPagesTest.page(new PortalSession(PortalSystem.portal()).get("/products/2171022F2017"), 200);
        assertTrue(page.contains("アムロジピン錠5mg「カクウ」") && page.contains("架空製薬株式会社")
                && page.contains("アムロジピン錠5mg「ニシ」"), "the product's page, with its alternative");
        PortalSystem.as(DemoRealm.ADMIN, LocalStack.NOTIFICATION).when()
                .get("/api/v1/facilities/{code}", DemoRealm.PHARMACY.org()).then().statusCode(200)
                .body("name", equalTo(PortalSystem.PHARMACY_NAME));
        given().baseUri(PortalSystem.stack().serviceUrl(LocalStack.WHOLESALER_ALLOCATION).toString()).when()
                .get("/api/v1/wholesalers").then().statusCode(200)
                .body("find { it.code == '" + DemoRealm.WHOLESALER.org() + "' }.name",
                        equalTo(PortalSystem.WHOLESALER_NAME));
    }

    @Test
    void loadedAgainItRecordsNothingNewAndARunLoadsItOnce(@TempDir Path data) throws Exception {
        List<DemoCatalogue.Job> again = PortalSystem.demoCatalogue(ROOT).load();
        assertEquals(4, again.size());
        again.forEach(job -> assertEquals(job.totalRows(), job.unchangedRows(), job::toString));

        String first = PortalSystem.demoCatalogue(ROOT).loadOnce(data);
        assertTrue(first.startsWith("demo data loaded: 9 products of 2 manufacturers"), first);
        assertTrue(Files.exists(data.resolve(DemoCatalogue.MARKER)));
        String said = new DemoCatalogue(ROOT.resolve(DemoCatalogue.FOLDER), PortalSystem.stack()::serviceUrl,
                user -> {
                    throw new AssertionError("nothing is uploaded where the data folder says it was loaded");
                }).loadOnce(data);
        assertTrue(said.startsWith("demo data loaded on an earlier start"), said);
    }
}
