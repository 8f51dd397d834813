package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.domain.upload.Uploads;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Facility lists and formularies arrive as spreadsheets save them: xlsx, or CSV in Shift_JIS without a declared
 * charset. A bad address in a list (one with a line break, which would reach a mailer as a header) refuses the file
 * naming row and column, and nothing of it is stored.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class FacilityFileUploadTest {

    /** As a client that sends the bytes and the bare media type, without a charset of its own choosing. */
    static RequestSpecification admin() {
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"));
    }

    static String pharmacy(int n) {
        return FacilityCodes.withCheckDigit(String.format("474%06d", 770000 + n));
    }

    @Test
    void anXlsxFacilityListIsRegistered() throws Exception {
        byte[] workbook = Uploads.workbook(List.of(
                List.of("code", "kind", "name", "email"),
                List.of(Long.parseLong(pharmacy(1)), "PHARMACY", "エクセル薬局", "xlsx@example.jp"),
                List.of(pharmacy(2), "PHARMACY", "エクセル薬局 二号店")));
        admin().contentType(FacilityFileResource.XLSX).body(workbook)
                .when().post("/api/v1/facilities/bulk")
                .then().statusCode(200).body("registered", equalTo(2));
        assertEquals(1, TestDatabase.count("select count(*) from facility where code = ? and name = ? and email = ?",
                pharmacy(1), "エクセル薬局", "xlsx@example.jp"));
        assertEquals(1, TestDatabase.count("select count(*) from facility where code = ? and email is null", pharmacy(2)));
    }

    @Test
    void aShiftJisFacilityListWithoutDeclaredCharsetKeepsItsJapanese() throws Exception {
        String csv = "code,kind,name,email\r\n" + pharmacy(3) + ",PHARMACY,シフトJIS薬局,\r\n";
        admin().contentType("text/csv").body(csv.getBytes(Uploads.SHIFT_JIS))
                .when().post("/api/v1/facilities/bulk")
                .then().statusCode(200).body("registered", equalTo(1));
        assertEquals(1, TestDatabase.count("select count(*) from facility where code = ? and name = ?",
                pharmacy(3), "シフトJIS薬局"));
    }

    @Test
    void anAddressWithALineBreakRefusesTheFileNamingRowAndColumn() throws Exception {
        String csv = "code,kind,name,email\n" + pharmacy(4) + ",PHARMACY,良い薬局,good@example.jp\n"
                + pharmacy(5) + ",PHARMACY,悪い薬局,\"bad@example.jp\r\nBcc: everyone@example.jp\"\n";
        admin().contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/facilities/bulk")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("facilities[line 3]"))
                .body("errors[0].pointer", equalTo("#/facilities[line 3]"))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("email"))
                .body("errors[0].detail", startsWith("email: "));
        assertEquals(0, TestDatabase.count("select count(*) from facility where code in (?, ?)", pharmacy(4), pharmacy(5)),
                "a bad row refuses the whole file");
    }

    @Test
    void anXlsxFormularySubscribesTheFacility() throws Exception {
        String facility = MatchingTest.facility();
        byte[] workbook = Uploads.workbook(List.of(
                List.of("YJコード", "品名"),
                List.of("2456001F1310", "アムロジピン錠"),
                List.of("6199001F1001", "品目")));
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .contentType(FacilityFileResource.XLSX).body(workbook)
                .when().post("/api/v1/facilities/{code}/formulary", facility)
                .then().statusCode(200)
                .body("products", equalTo(2))
                .body("subscribed", equalTo(2));

        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .contentType("text/csv; charset=UTF-8").body("YJコード\n2456001F1310\n2456001\n")
                .when().post("/api/v1/facilities/{code}/formulary", facility)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("formulary[line 3]"))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("YJコード"));
    }

    @Test
    void aFacilityListLongerThanEveryFacilityInJapanIsRefusedAndNothingStored() throws Exception {
        long before = TestDatabase.count("select count(*) from facility");
        String row = pharmacy(6) + ",PHARMACY,多すぎる薬局,\n";
        admin().contentType("text/csv; charset=UTF-8").body("code,kind,name,email\n" + row.repeat(250_001))
                .when().post("/api/v1/facilities/bulk")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("facilities"))
                .body("errors[0].detail", containsString("250000"));
        assertEquals(before, TestDatabase.count("select count(*) from facility"));
    }
}
