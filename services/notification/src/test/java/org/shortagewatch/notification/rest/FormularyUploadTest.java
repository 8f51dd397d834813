package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A pharmacy imports its own drug list: a formulary of 300 YJ codes subscribes it to every one of them, once, even
 * when the same list is uploaded again. (Every upload used to answer 500: the facility code was bound with two
 * different types in one statement.)
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class FormularyUploadTest {

    @Test
    void aFormularyOf300ProductsSubscribesTheFacilityToEveryOneOnce() throws Exception {
        String facility = MatchingTest.facility();
        StringBuilder csv = new StringBuilder("YJコード,品名\n");
        for (int i = 0; i < 300; i++) {
            csv.append(String.format("6199%03dF1%03d", i, i)).append(",品目").append(i).append('\n');
        }

        for (int upload = 0; upload < 2; upload++) {
            given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                    .contentType("text/csv").body(csv.toString())
                    .when().post("/api/v1/facilities/{code}/formulary?channels=INBOX,SSE&minSeverity=LOW", facility)
                    .then().statusCode(200)
                    .body("products", equalTo(300))
                    .body("subscribed", equalTo(upload == 0 ? 300 : 0));
        }
        assertEquals(300, TestDatabase.count("select count(*) from subscription where facility_code = ? and kind = "
                + "'YJ_CODE' and active and channels = '{INBOX,SSE}' and min_severity = 1", facility));
        assertEquals(2, TestDatabase.count(
                "select count(*) from audit_log where action = 'subscription.formulary' and target like ?",
                facility + "%"));
    }

    /** A channel named twice is that channel once; a channels parameter given twice is refused naming it. */
    @Test
    void aRepeatedChannelIsTakenOnceAndARepeatedParameterIsRefused() throws Exception {
        String facility = MatchingTest.facility();
        String csv = "YJコード,品名\n6198001F1001,品目\n";
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/{code}/formulary?channels=INBOX,inbox,INBOX", facility)
                .then().statusCode(200)
                .body("subscribed", equalTo(1));
        assertEquals(1, TestDatabase.count("select count(*) from subscription where facility_code = ? and "
                + "channels = '{INBOX}'", facility));
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/{code}/formulary?channels=INBOX&channels=SSE", facility)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channels"));
    }
}
